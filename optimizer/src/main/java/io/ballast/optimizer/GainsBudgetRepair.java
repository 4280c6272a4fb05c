package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Decimals;
import io.ballast.domain.Policy;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings the proposal's net gain back within the gains budget after rounding and the minimum-trade filter. Both
 * take shares off sales, and where they take them off loss sales the net gain rises past what the program allowed.
 * So, the most-gaining lot first, this sells fewer shares of gain lots, cutting the account's buys (largest first)
 * where the cash they would have paid for is missing; a trade left below the minimum value is dropped whole.
 */
final class GainsBudgetRepair {
    private final HouseholdView view;
    private final TradingRules rules;
    private final MinimumTradeFilter minimum;
    private final BuyCuts buyCuts;

    GainsBudgetRepair(HouseholdView view, TradingRules rules, MinimumTradeFilter minimum) {
        this.view = view;
        this.rules = rules;
        this.minimum = minimum;
        this.buyCuts = new BuyCuts(view, rules, minimum);
    }

    /** Repairs the trades in place; returns a note when it had to. */
    List<String> apply(TradeSet trades) {
        Optional<BigDecimal> budget = rules.gainsBudget();
        if (budget.isEmpty() || trades.taxableGain().compareTo(budget.get()) <= 0) {
            return List.of();
        }
        while (trades.taxableGain().compareTo(budget.get()) > 0) {
            TaxLot lot = mostGainingSold(trades).orElseThrow(() -> new OptimizationException(view.household(),
                    "no whole-share trades keep the net gain within the gains budget of " + budget.get()));
            BigDecimal excess = trades.taxableGain().subtract(budget.get());
            BigDecimal sold = trades.sold(lot.id());
            BigDecimal fewer = rules.increment().worthAtLeast(excess, view.gainPerShare(lot)).min(sold);
            Position position = new Position(lot.account(), lot.security());
            BigDecimal positionLeft = trades.salesByPosition().get(position).subtract(fewer);
            if (positionLeft.signum() > 0 && minimum.isBelowMinimum(position, positionLeft)) {
                fewer = sold;
            }
            payFor(trades, lot.account(), fewer.multiply(view.price(lot.security())));
            trades.sell(lot.id(), sold.subtract(fewer));
        }
        return List.of("gains budget: sold fewer shares of gain lots to keep the net gain within "
                + Decimals.money(budget.get()).toPlainString() + " after rounding");
    }

    private Optional<TaxLot> mostGainingSold(TradeSet trades) {
        return trades.sales().keySet().stream().map(view::lot)
                .filter(lot -> view.isTaxable(lot.account()) && view.gainPerShare(lot).signum() > 0
                        && !rules.isForcedSale(lot.id()))
                .max(Comparator.comparing(view::gainPerShare).thenComparing(TaxLot::id));
    }

    /** Cuts the account's buys until it can do without {@code proceeds} and keep its reserve. */
    private void payFor(TradeSet trades, AccountId account, BigDecimal proceeds) {
        buyCuts.cut(trades, account, proceeds);
        if (rules.reserve(account).add(proceeds).compareTo(trades.cashAfter(account)) > 0) {
            throw new OptimizationException(view.household(), "account " + account + " cannot keep its cash reserve"
                    + " and the proposal its gains budget with whole-share trades");
        }
    }
}
