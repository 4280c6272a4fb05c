package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Wins back what rounding down lost. The solver's answer is often degenerate (any split of spare cash between two
 * underweight securities is optimal), and rounding each part down can discard all of it. So, one move at a time,
 * this takes the move that lowers drift $ + taxWeight × tax + cost the most, until none does. A move is, within one
 * account, a whole-share buy, a whole-share lot sale, or both at once (a swap, which often pays only as a pair).
 * A move that opens a new trade reaches the minimum trade value; buys keep the account's cash reserve; buys and loss
 * sales obey the solver's rules, the one-proposal wash-sale rule included. A trader would net a buy and a sale of
 * one security in one account, so where the account already sells a security the buy leg un-sells a share of its
 * most-taxed lot sold, and where it already buys one the sale leg buys a share less; either way a trade left
 * behind still reaches the minimum or is gone. Every move strictly lowers the objective, so the loop ends.
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

    /**
     * Shares of a buy or a lot sale, the value it spends or raises and its tax and cost. A buy leg naming a lot
     * un-sells it; a sale leg naming no lot un-buys: their tax and cost are the savings, negative.
     */
    private record Leg(Position position, LotId lot, BigDecimal shares, BigDecimal value, BigDecimal taxAndCost) {
    }

    private record Move(Leg sale, Leg buy, BigDecimal change) {
    }

    /** Improves the trades in place; returns how many moves it made. */
    int apply(TradeSet trades) {
        int moves = 0;
        for (Move move = bestMove(trades); move != null; move = bestMove(trades)) {
            if (move.sale() != null) {
                trade(trades, move.sale(), true);
            }
            if (move.buy() != null) {
                trade(trades, move.buy(), false);
            }
            moves++;
        }
        return moves;
    }

    private static void trade(TradeSet trades, Leg leg, boolean raisesCash) {
        BigDecimal sign = raisesCash ? BigDecimal.ONE : BigDecimal.ONE.negate();
        if (leg.lot() != null) {
            trades.sell(leg.lot(), trades.sold(leg.lot()).add(sign.multiply(leg.shares())));
        } else {
            trades.buy(leg.position(), trades.buys().getOrDefault(leg.position(), BigDecimal.ZERO)
                    .subtract(sign.multiply(leg.shares())));
        }
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
        Map<Position, BigDecimal> sold = trades.salesByPosition();
        List<Leg> buys = new ArrayList<>();
        for (SecurityId security : view.securities()) {
            Position position = new Position(account, security);
            if (sold.containsKey(position)) {
                unsell(trades, position, sold.get(position)).ifPresent(buys::add);
            } else if (rules.canBuy(security) && !sellsLossLots(trades, security)) {
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
                    && !trades.buys().containsKey(position)
                    && shares.compareTo(lot.quantity().subtract(trades.sold(lot.id()))) <= 0) {
                BigDecimal value = shares.multiply(view.price(lot.security()));
                BigDecimal taxAndCost = policy.taxWeight().multiply(shares).multiply(tax.perShare(lot))
                        .add(costRate.multiply(value));
                sales.add(new Leg(position, lot.id(), shares, value, taxAndCost));
            }
        }
        trades.buys().forEach((position, bought) -> {
            if (position.account().equals(account)) {
                BigDecimal shares = minimum.isBelowMinimum(position, bought.subtract(BigDecimal.ONE))
                        ? bought : BigDecimal.ONE;
                BigDecimal value = shares.multiply(view.price(position.security()));
                sales.add(new Leg(position, null, shares, value, costRate.multiply(value).negate()));
            }
        });
        return sales;
    }

    /**
     * A share less sold of the position's most-taxed lot sold (the whole rest of a lot sold whole with a fraction),
     * unless that leaves the position's sale below the minimum.
     */
    private Optional<Leg> unsell(TradeSet trades, Position position, BigDecimal positionSold) {
        TaxLot lot = trades.sales().keySet().stream().map(view::lot)
                .filter(sold -> new Position(sold.account(), sold.security()).equals(position))
                .max(Comparator.comparing(tax::perShare).thenComparing(TaxLot::id, Comparator.reverseOrder()))
                .orElseThrow();
        BigDecimal sold = trades.sold(lot.id());
        BigDecimal shares = sold.subtract(sold.subtract(BigDecimal.ONE).setScale(0, RoundingMode.FLOOR)
                .max(BigDecimal.ZERO));
        BigDecimal left = positionSold.subtract(shares);
        if (left.signum() > 0 && minimum.isBelowMinimum(position, left)) {
            return Optional.empty();
        }
        BigDecimal value = shares.multiply(view.price(position.security()));
        BigDecimal saved = policy.taxWeight().multiply(shares).multiply(tax.perShare(lot)).add(costRate.multiply(value));
        return Optional.of(new Leg(position, lot.id(), shares, value, saved.negate()));
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
