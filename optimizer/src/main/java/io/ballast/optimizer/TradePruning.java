package io.ballast.optimizer;

import io.ballast.domain.Policy;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;

/**
 * Drops whole trades that do not pay for themselves: one at a time, the trade (a buy, or a position's sale over all
 * its lots) whose removal lowers riskAversion × V × TE² + taxWeight × tax + cost + ticketCost × trades + the
 * {@link LocationCost} the most,
 * until none does. Dropping a buy only adds cash; a sale is dropped only where the account keeps its reserve and the
 * proposal its gains budget, and a sale a screen forces is never dropped. The solver prices trades per dollar, so without this step a per-ticket cost would
 * never show in the trades.
 */
final class TradePruning {
    private static final double LEAST_GAIN = 0.005;

    private final HouseholdView view;
    private final TradingRules rules;
    private final TaxCost tax;
    private final Policy policy;
    private final RiskTerms risk;
    private final LocationCost location;

    TradePruning(HouseholdView view, TradingRules rules, TaxCost tax, Policy policy, RiskTerms risk,
            LocationCost location) {
        this.view = view;
        this.rules = rules;
        this.tax = tax;
        this.policy = policy;
        this.risk = risk;
        this.location = location;
    }

    /** Prunes the trades in place; returns how many trades it dropped. */
    int apply(TradeSet trades) {
        int dropped = 0;
        while (dropBest(trades)) {
            dropped++;
        }
        return dropped;
    }

    private boolean dropBest(TradeSet trades) {
        double value = view.totalValue().doubleValue();
        double lambdaTimesValue = policy.riskAversion().doubleValue() * value;
        double costRate = policy.costBps().doubleValue() / 10_000;
        double ticket = policy.ticketCost().doubleValue();
        double[] covariance = risk.covarianceWith(risk.activeWeights(view, trades.sharesAfter()));
        BigDecimal gain = trades.taxableGain();
        Position best = null;
        boolean bestIsSale = false;
        double bestChange = -LEAST_GAIN;
        for (var buy : trades.buys().entrySet()) {
            double dollars = buy.getValue().multiply(view.price(buy.getKey().security())).doubleValue();
            int s = risk.index(buy.getKey().security());
            double change = lambdaTimesValue * risk.varianceChange(covariance, s, -dollars / value)
                    - costRate * dollars - ticket - location.perDollar(buy.getKey().account(), buy.getKey().security())
                    * dollars;
            if (change < bestChange) {
                best = buy.getKey();
                bestIsSale = false;
                bestChange = change;
            }
        }
        for (var sale : trades.salesByPosition().entrySet()) {
            Position position = sale.getKey();
            if (trades.lotsSold(position).stream().anyMatch(lot -> rules.isForcedSale(lot.id()))) {
                continue;
            }
            BigDecimal raised = sale.getValue().multiply(view.price(position.security()));
            BigDecimal saleGain = BigDecimal.ZERO;
            double taxSaved = 0;
            for (TaxLot lot : trades.lotsSold(position)) {
                BigDecimal shares = trades.sold(lot.id());
                taxSaved += shares.multiply(tax.perShare(lot)).doubleValue();
                if (view.isTaxable(lot.account())) {
                    saleGain = saleGain.add(shares.multiply(view.gainPerShare(lot)));
                }
            }
            if (trades.cashAfter(position.account()).subtract(raised).compareTo(rules.reserve(position.account())) < 0
                    || !rules.withinGainsBudget(gain.subtract(saleGain)) && saleGain.signum() < 0) {
                continue;
            }
            int s = risk.index(position.security());
            double change = lambdaTimesValue * risk.varianceChange(covariance, s, raised.doubleValue() / value)
                    - policy.taxWeight().doubleValue() * taxSaved - costRate * raised.doubleValue() - ticket
                    + location.perDollar(position.account(), position.security()) * raised.doubleValue();
            if (change < bestChange) {
                best = position;
                bestIsSale = true;
                bestChange = change;
            }
        }
        if (best == null) {
            return false;
        }
        if (bestIsSale) {
            trades.lotsSold(best).forEach(lot -> trades.sell(lot.id(), BigDecimal.ZERO));
        } else {
            trades.buy(best, BigDecimal.ZERO);
        }
        return true;
    }
}
