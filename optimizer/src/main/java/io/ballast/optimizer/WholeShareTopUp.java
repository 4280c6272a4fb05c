package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Wins back what rounding down lost. The solver's answer is often degenerate (any split of spare cash between two
 * underweight securities is optimal), and rounding each part down can discard all of it. So, one move at a time,
 * this takes the move that lowers drift $ + taxWeight × tax + cost the most, until none does. A move is, within one
 * account, a whole-share buy, a whole-share lot sale, or both at once (a swap, which often pays only as a pair).
 * A move that opens a new trade reaches the minimum trade value; buys keep the account's cash reserve; buys and loss
 * sales obey the solver's rules, the one-proposal wash-sale rule included. Every move strictly lowers the
 * objective, so the loop ends.
 */
final class WholeShareTopUp {
    private final HouseholdView view;
    private final TradingRules rules;
    private final TaxCost tax;
    private final Policy policy;
    private final MinimumTradeFilter minimum;
    private final BigDecimal costRate;
    private final DriftMeasure drift;

    WholeShareTopUp(HouseholdView view, TradingRules rules, TaxCost tax, Policy policy, MinimumTradeFilter minimum) {
        this.view = view;
        this.rules = rules;
        this.tax = tax;
        this.policy = policy;
        this.minimum = minimum;
        this.costRate = policy.costBps().movePointLeft(4);
        this.drift = new DriftMeasure(view);
    }

    /** Shares of a buy (lot null) or a lot sale, the value traded and its tax and cost. */
    private record Leg(Position position, LotId lot, BigDecimal shares, BigDecimal value, BigDecimal taxAndCost) {
    }

    private record Move(Leg sale, Leg buy, BigDecimal change) {
    }

    /** Improves the trades in place; returns how many moves it made. */
    int apply(TradeSet trades) {
        int moves = 0;
        for (Move move = bestMove(trades); move != null; move = bestMove(trades)) {
            if (move.sale() != null) {
                LotId lot = move.sale().lot();
                trades.sell(lot, trades.sold(lot).add(move.sale().shares()));
            }
            if (move.buy() != null) {
                Position position = move.buy().position();
                trades.buy(position, trades.buys().getOrDefault(position, BigDecimal.ZERO).add(move.buy().shares()));
            }
            moves++;
        }
        return moves;
    }

    private Move bestMove(TradeSet trades) {
        Map<SecurityId, BigDecimal> deviations = deviations(trades);
        BigDecimal cashDeviation = drift.cashDeviation(trades.totalCashAfter());
        Move best = null;
        for (AccountId account : view.accountIds()) {
            BigDecimal spare = trades.cashAfter(account).subtract(rules.reserve(account));
            List<Leg> sales = sales(trades, account);
            List<Leg> buys = buys(trades, account);
            for (Leg buy : buys) {
                if (buy.value().compareTo(spare) <= 0) {
                    best = better(best, new Move(null, buy, change(deviations, cashDeviation, null, buy)));
                }
            }
            for (Leg sale : sales) {
                best = better(best, new Move(sale, null, change(deviations, cashDeviation, sale, null)));
                for (Leg buy : buys) {
                    if (!buy.position().security().equals(sale.position().security())
                            && buy.value().compareTo(spare.add(sale.value())) <= 0) {
                        best = better(best, new Move(sale, buy, change(deviations, cashDeviation, sale, buy)));
                    }
                }
            }
        }
        return best;
    }

    private List<Leg> buys(TradeSet trades, AccountId account) {
        List<Leg> buys = new ArrayList<>();
        for (SecurityId security : view.securities()) {
            if (rules.canBuy(security) && !sellsLossLots(trades, security)) {
                Position position = new Position(account, security);
                BigDecimal shares = sharesToMove(trades.buys().get(position), position);
                BigDecimal value = shares.multiply(view.price(security));
                buys.add(new Leg(position, null, shares, value, costRate.multiply(value)));
            }
        }
        return buys;
    }

    private List<Leg> sales(TradeSet trades, AccountId account) {
        Map<Position, BigDecimal> sold = trades.salesByPosition();
        List<Leg> sales = new ArrayList<>();
        for (TaxLot lot : view.lots(account)) {
            Position position = new Position(account, lot.security());
            BigDecimal shares = sharesToMove(sold.get(position), position);
            if (rules.canSell(lot) && !(view.isLossLot(lot) && trades.buysAnywhere(lot.security()))
                    && shares.compareTo(lot.quantity().subtract(trades.sold(lot.id()))) <= 0) {
                BigDecimal value = shares.multiply(view.price(lot.security()));
                BigDecimal taxAndCost = policy.taxWeight().multiply(shares).multiply(tax.perShare(lot))
                        .add(costRate.multiply(value));
                sales.add(new Leg(position, lot.id(), shares, value, taxAndCost));
            }
        }
        return sales;
    }

    /** One share for a trade already proposed; enough shares to reach the minimum for a new one. */
    private BigDecimal sharesToMove(BigDecimal alreadyTraded, Position position) {
        if (alreadyTraded != null) {
            return BigDecimal.ONE;
        }
        return minimum.minimum().divide(view.price(position.security()), 0, RoundingMode.CEILING).max(BigDecimal.ONE);
    }

    /** Value held minus target value, per security, once the trades are done ({@link DriftMeasure#deviation}). */
    private Map<SecurityId, BigDecimal> deviations(TradeSet trades) {
        Map<SecurityId, BigDecimal> shares = trades.sharesAfter();
        Map<SecurityId, BigDecimal> deviations = new TreeMap<>();
        for (SecurityId security : view.securities()) {
            deviations.put(security, drift.deviation(security, shares.getOrDefault(security, BigDecimal.ZERO)));
        }
        return deviations;
    }

    /**
     * The objective's change for a move: drift in dollars (the two securities and cash) + tax + cost.
     * {@code cashDeviation} is the household's cash minus its target ({@link DriftMeasure#cashDeviation}); a move
     * shifts it by the cash it raises or spends.
     */
    private static BigDecimal change(Map<SecurityId, BigDecimal> deviations, BigDecimal cashDeviation,
            Leg sale, Leg buy) {
        BigDecimal change = BigDecimal.ZERO;
        BigDecimal cashAfter = cashDeviation;
        if (sale != null) {
            change = change.add(shift(deviations.get(sale.position().security()), sale.value().negate()))
                    .add(sale.taxAndCost());
            cashAfter = cashAfter.add(sale.value());
        }
        if (buy != null) {
            change = change.add(shift(deviations.get(buy.position().security()), buy.value())).add(buy.taxAndCost());
            cashAfter = cashAfter.subtract(buy.value());
        }
        return change.add(cashAfter.abs()).subtract(cashDeviation.abs());
    }

    private static BigDecimal shift(BigDecimal deviation, BigDecimal value) {
        return deviation.add(value).abs().subtract(deviation.abs());
    }

    private boolean sellsLossLots(TradeSet trades, SecurityId security) {
        return trades.sales().keySet().stream().map(view::lot)
                .anyMatch(lot -> lot.security().equals(security) && view.isLossLot(lot));
    }

    private static Move better(Move best, Move candidate) {
        if (candidate.change().signum() >= 0) {
            return best;
        }
        return best == null || candidate.change().compareTo(best.change()) < 0 ? candidate : best;
    }
}
