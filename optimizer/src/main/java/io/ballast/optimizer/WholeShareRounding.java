package io.ballast.optimizer;

import io.ballast.domain.LotId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns the solver's continuous answer into whole shares without breaking a constraint the solver met: every
 * quantity is rounded down, so no lot is oversold, no cash is spent that the solver did not spend and no new
 * security is traded. A lot the solver sold (all but) entirely is sold entirely, fraction included. The whole
 * shares a position loses to per-lot rounding go back to the lots the solver chose for it, cheapest tax first.
 */
final class WholeShareRounding {
    /** Solver answers within this many shares of a whole number are read as that number. */
    private static final double SNAP = 1e-6;

    private final HouseholdView view;
    private final TaxCost tax;

    WholeShareRounding(HouseholdView view, TaxCost tax) {
        this.view = view;
        this.tax = tax;
    }

    TradeSet round(SolverAnswer answer) {
        TradeSet trades = new TradeSet(view);
        SortedMap<Position, List<TaxLot>> chosenLots = new TreeMap<>();
        SortedMap<Position, Double> solverShares = new TreeMap<>();
        answer.sales().forEach((id, shares) -> {
            if (shares > SNAP) {
                TaxLot lot = view.lot(id);
                Position position = new Position(lot.account(), lot.security());
                chosenLots.computeIfAbsent(position, p -> new ArrayList<>()).add(lot);
                solverShares.merge(position, shares, Double::sum);
                trades.sell(id, roundSale(lot, shares));
            }
        });
        chosenLots.forEach((position, lots) -> restoreLostShares(trades, lots, solverShares.get(position)));
        answer.buys().forEach((position, shares) -> trades.buy(position, floor(shares)));
        return trades;
    }

    private static BigDecimal roundSale(TaxLot lot, double shares) {
        return shares >= lot.quantity().doubleValue() - SNAP ? lot.quantity() : floor(shares).min(lot.quantity());
    }

    private void restoreLostShares(TradeSet trades, List<TaxLot> lots, double solverTotal) {
        BigDecimal rounded = lots.stream().map(lot -> trades.sold(lot.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lost = floor(solverTotal - rounded.doubleValue());
        List<TaxLot> cheapestFirst = new ArrayList<>(lots);
        cheapestFirst.sort(Comparator.comparing(tax::perShare).thenComparing(TaxLot::id));
        for (TaxLot lot : cheapestFirst) {
            if (lost.signum() <= 0) {
                return;
            }
            LotId id = lot.id();
            BigDecimal room = lot.quantity().subtract(trades.sold(id)).setScale(0, RoundingMode.FLOOR);
            BigDecimal extra = room.min(lost);
            trades.sell(id, trades.sold(id).add(extra));
            lost = lost.subtract(extra);
        }
    }

    private static BigDecimal floor(double shares) {
        return BigDecimal.valueOf(Math.floor(shares + SNAP)).setScale(0, RoundingMode.FLOOR).max(BigDecimal.ZERO);
    }
}
