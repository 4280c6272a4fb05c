package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Cuts an account's buys, largest first, by quantities on the policy's grid, until the account keeps its reserve
 * and a given amount on top in cash; a buy left below the minimum trade value is dropped whole.
 */
final class BuyCuts {
    private final HouseholdView view;
    private final TradingRules rules;
    private final MinimumTradeFilter minimum;

    BuyCuts(HouseholdView view, TradingRules rules, MinimumTradeFilter minimum) {
        this.view = view;
        this.rules = rules;
        this.minimum = minimum;
    }

    /** Cuts until the account's cash after trading covers its reserve plus {@code extra}; whether it had buys. */
    boolean cut(TradeSet trades, AccountId account, BigDecimal extra) {
        List<Map.Entry<Position, BigDecimal>> largestFirst = new ArrayList<>(trades.buys().entrySet());
        largestFirst.removeIf(buy -> !buy.getKey().account().equals(account));
        largestFirst.sort(Comparator.comparing((Map.Entry<Position, BigDecimal> buy) -> buy.getValue()
                .multiply(view.price(buy.getKey().security()))).reversed().thenComparing(Map.Entry::getKey));
        for (var buy : largestFirst) {
            BigDecimal shortfall = rules.reserve(account).add(extra).subtract(trades.cashAfter(account));
            if (shortfall.signum() <= 0) {
                break;
            }
            BigDecimal cut = rules.increment().worthAtLeast(shortfall, view.price(buy.getKey().security()))
                    .min(buy.getValue());
            BigDecimal left = buy.getValue().subtract(cut);
            trades.buy(buy.getKey(), minimum.isBelowMinimum(buy.getKey(), left) ? BigDecimal.ZERO : left);
        }
        return !largestFirst.isEmpty();
    }
}
