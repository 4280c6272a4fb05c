package io.ballast.optimizer;

import java.math.BigDecimal;
import java.util.List;

/**
 * Drops every trade (a position's sale over all its lots, or a buy) worth less than the policy's minimum, except
 * the sales a screen forces: a screened holding goes however small it is.
 */
final class MinimumTradeFilter {
    private final HouseholdView view;
    private final TradingRules rules;
    private final BigDecimal minimum;

    MinimumTradeFilter(HouseholdView view, TradingRules rules, BigDecimal minimum) {
        this.view = view;
        this.rules = rules;
        this.minimum = minimum;
    }

    /** Returns how many trades were dropped. */
    int apply(TradeSet trades) {
        int dropped = 0;
        for (var sale : trades.salesByPosition().entrySet()) {
            boolean forced = trades.lotsSold(sale.getKey()).stream().anyMatch(lot -> rules.isForcedSale(lot.id()));
            if (!forced && isBelowMinimum(sale.getKey(), sale.getValue())) {
                trades.lotsSold(sale.getKey()).forEach(lot -> trades.sell(lot.id(), BigDecimal.ZERO));
                dropped++;
            }
        }
        for (var buy : List.copyOf(trades.buys().entrySet())) {
            if (isBelowMinimum(buy.getKey(), buy.getValue())) {
                trades.buy(buy.getKey(), BigDecimal.ZERO);
                dropped++;
            }
        }
        return dropped;
    }

    BigDecimal minimum() {
        return minimum;
    }

    boolean isBelowMinimum(Position position, BigDecimal shares) {
        return shares.multiply(view.price(position.security())).compareTo(minimum) < 0;
    }
}
