package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns the solver's continuous answer into shares on the policy's grid (whole shares, or steps such as 0.001 of a
 * share) without breaking a constraint the solver met: every quantity is rounded down, so no lot is oversold, no
 * cash is spent that the solver did not spend and no new security is traded. A lot the solver sold (all but)
 * entirely is sold entirely, fraction included. The steps a position loses to per-lot rounding go back to the lots
 * the solver chose for it, cheapest tax first; the buys that lost the largest fractions of a step get a step back
 * while the account's cash reserve allows. A lot a screen
 * forces out is sold entirely, whatever the solver's accuracy.
 */
final class WholeShareRounding {
    private final HouseholdView view;
    private final TradingRules rules;
    private final TaxCost tax;
    private final ShareIncrement increment;

    WholeShareRounding(HouseholdView view, TradingRules rules, TaxCost tax) {
        this.view = view;
        this.rules = rules;
        this.tax = tax;
        this.increment = rules.increment();
    }

    TradeSet round(SolverAnswer answer) {
        TradeSet trades = new TradeSet(view);
        SortedMap<Position, List<TaxLot>> chosenLots = new TreeMap<>();
        SortedMap<Position, Double> solverShares = new TreeMap<>();
        answer.sales().forEach((id, shares) -> {
            if (increment.isMoreThanDust(shares)) {
                TaxLot lot = view.lot(id);
                Position position = new Position(lot.account(), lot.security());
                chosenLots.computeIfAbsent(position, p -> new ArrayList<>()).add(lot);
                solverShares.merge(position, shares, Double::sum);
                trades.sell(id, roundSale(lot, shares));
            }
        });
        chosenLots.forEach((position, lots) -> restoreLostShares(trades, lots, solverShares.get(position)));
        rules.forcedSales().forEach(id -> trades.sell(id, view.lot(id).quantity()));
        answer.buys().forEach((position, shares) -> trades.buy(position, increment.floor(shares)));
        roundUpLargestRemainders(trades, answer);
        return trades;
    }

    /**
     * Rounding every buy down leaves cash idle in each account (up to a step of everything it buys). The buys
     * with the largest fractions rounded away get their step back, one step each, while the account's cash after
     * the rounded trades stays above its reserve. Only buys of a whole step or more: a solver's dust never becomes
     * a new trade here.
     */
    private void roundUpLargestRemainders(TradeSet trades, SolverAnswer answer) {
        List<Map.Entry<Position, Double>> largestFirst = new ArrayList<>(answer.buys().entrySet());
        largestFirst.removeIf(buy -> increment.floor(buy.getValue()).signum() == 0
                || increment.remainder(buy.getValue()) == 0);
        largestFirst.sort(Comparator.comparingDouble((Map.Entry<Position, Double> buy) ->
                -increment.remainder(buy.getValue())).thenComparing(Map.Entry::getKey));
        SortedMap<AccountId, BigDecimal> spare = new TreeMap<>();
        for (AccountId account : view.accountIds()) {
            spare.put(account, trades.cashAfter(account).subtract(rules.reserve(account)));
        }
        for (var buy : largestFirst) {
            Position position = buy.getKey();
            BigDecimal price = view.price(position.security()).multiply(increment.step());
            if (price.compareTo(spare.get(position.account())) <= 0) {
                trades.buy(position, trades.buys().getOrDefault(position, BigDecimal.ZERO).add(increment.step()));
                spare.merge(position.account(), price.negate(), BigDecimal::add);
            }
        }
    }

    private BigDecimal roundSale(TaxLot lot, double shares) {
        return increment.reaches(shares, lot.quantity()) ? lot.quantity()
                : increment.floor(shares).min(lot.quantity());
    }

    private void restoreLostShares(TradeSet trades, List<TaxLot> lots, double solverTotal) {
        BigDecimal rounded = lots.stream().map(lot -> trades.sold(lot.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lost = increment.floor(solverTotal - rounded.doubleValue());
        List<TaxLot> cheapestFirst = new ArrayList<>(lots);
        cheapestFirst.sort(Comparator.comparing(tax::perShare).thenComparing(TaxLot::id));
        for (TaxLot lot : cheapestFirst) {
            if (lost.signum() <= 0) {
                return;
            }
            LotId id = lot.id();
            BigDecimal room = increment.floor(lot.quantity().subtract(trades.sold(id)));
            BigDecimal extra = room.min(lost);
            trades.sell(id, trades.sold(id).add(extra));
            lost = lost.subtract(extra);
        }
    }
}
