package io.ballast.optimizer;

import io.ballast.domain.HoldingTerm;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.Map;

/** Scores whole-share trades from the snapshot alone; never from the solver's objective value. */
final class ProposalScorer {
    private final HouseholdView view;
    private final TaxCost tax;
    private final DriftMeasure drift;
    private final RiskTerms risk;

    ProposalScorer(HouseholdView view, TaxCost tax, RiskTerms risk) {
        this.view = view;
        this.tax = tax;
        this.drift = new DriftMeasure(view);
        this.risk = risk;
    }

    Score score(TradeSet trades) {
        BigDecimal shortTerm = BigDecimal.ZERO;
        BigDecimal longTerm = BigDecimal.ZERO;
        BigDecimal estimatedTax = BigDecimal.ZERO;
        BigDecimal harvested = BigDecimal.ZERO;
        BigDecimal traded = BigDecimal.ZERO;
        for (var sale : trades.sales().entrySet()) {
            TaxLot lot = view.lot(sale.getKey());
            BigDecimal shares = sale.getValue();
            traded = traded.add(shares.multiply(view.price(lot.security())));
            if (view.isTaxable(lot.account())) {
                BigDecimal gain = shares.multiply(view.gainPerShare(lot));
                if (tax.term(lot) == HoldingTerm.LONG) {
                    longTerm = longTerm.add(gain);
                } else {
                    shortTerm = shortTerm.add(gain);
                }
                if (gain.signum() < 0) {
                    harvested = harvested.subtract(gain);
                }
                estimatedTax = estimatedTax.add(shares.multiply(tax.perShare(lot)));
            }
        }
        for (var buy : trades.buys().entrySet()) {
            traded = traded.add(buy.getValue().multiply(view.price(buy.getKey().security())));
        }
        int tickets = trades.salesByPosition().size() + trades.buys().size();
        return new Score(drift.before(), drift.dollars(trades.sharesAfter(), trades.totalCashAfter()),
                trackingError(view.sharesBySecurity()), trackingError(trades.sharesAfter()), shortTerm, longTerm,
                estimatedTax, harvested, traded, tickets, view.totalValue());
    }

    private double trackingError(Map<SecurityId, BigDecimal> shares) {
        return Math.sqrt(Math.max(0, risk.variance(risk.activeWeights(view, shares))));
    }
}
