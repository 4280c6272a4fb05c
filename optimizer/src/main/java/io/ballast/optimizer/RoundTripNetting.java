package io.ballast.optimizer;

import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Nets a buy and a sale of one security in one account, which no trader would place together. The smaller side
 * goes and the larger shrinks by as many shares: a net sale keeps the lots with the least tax per share, a net buy
 * buys fewer. The household's shares, and so its drift, are unchanged (up to the fraction of a whole lot that cannot
 * be sold in part); tax and cost can only fall. A loss lot never meets a buy here, the wash-sale rules see to that.
 */
final class RoundTripNetting {
    private final HouseholdView view;
    private final TaxCost tax;
    private final ShareIncrement increment;

    RoundTripNetting(HouseholdView view, TaxCost tax, ShareIncrement increment) {
        this.view = view;
        this.tax = tax;
        this.increment = increment;
    }

    /** Nets the trades in place; returns how many positions it netted. */
    int apply(TradeSet trades) {
        int netted = 0;
        for (var sold : trades.salesByPosition().entrySet()) {
            Position position = sold.getKey();
            BigDecimal bought = trades.buys().getOrDefault(position, BigDecimal.ZERO);
            if (bought.signum() > 0) {
                BigDecimal both = bought.min(sold.getValue());
                unsell(trades, position, both);
                trades.buy(position, increment.floor(bought.subtract(both)));
                netted++;
            }
        }
        return netted;
    }

    /** Takes shares off the position's sales, most tax per share first; a lot sold in part keeps whole shares. */
    private void unsell(TradeSet trades, Position position, BigDecimal shares) {
        List<TaxLot> mostTaxFirst = new ArrayList<>(view.lots(position.account()));
        mostTaxFirst.removeIf(lot -> !lot.security().equals(position.security()) || trades.sold(lot.id()).signum() == 0);
        mostTaxFirst.sort(Comparator.comparing(tax::perShare).reversed().thenComparing(TaxLot::id));
        BigDecimal left = shares;
        for (TaxLot lot : mostTaxFirst) {
            if (left.signum() <= 0) {
                return;
            }
            BigDecimal sold = trades.sold(lot.id());
            BigDecimal taken = left.min(sold);
            trades.sell(lot.id(), increment.floor(sold.subtract(taken)));
            left = left.subtract(taken);
        }
    }
}
