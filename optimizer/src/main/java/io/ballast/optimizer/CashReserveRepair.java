package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Decimals;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Restores each account's cash reserve after rounding and the minimum-trade filter took some sales away: first by
 * cutting the account's buys (largest first), then, if the account must raise cash, by selling more whole shares
 * (lots already being sold first, then the least tax per dollar raised), never past the gains budget. Extra sales
 * never wash: a loss lot is only sold if its security is allowed to be sold at a loss and is bought nowhere in the
 * proposal. Cutting buys leaves an account short only once all its buys are gone, so extra sales never sell what
 * the account buys.
 */
final class CashReserveRepair {
    private final HouseholdView view;
    private final TradingRules rules;
    private final TaxCost tax;
    private final MinimumTradeFilter minimum;
    private final BuyCuts buyCuts;

    CashReserveRepair(HouseholdView view, TradingRules rules, TaxCost tax, MinimumTradeFilter minimum) {
        this.view = view;
        this.rules = rules;
        this.tax = tax;
        this.minimum = minimum;
        this.buyCuts = new BuyCuts(view, rules, minimum);
    }

    /** Repairs the trades in place and returns a note per account it had to change. */
    List<String> apply(TradeSet trades) {
        List<String> notes = new ArrayList<>();
        for (AccountId account : view.accountIds()) {
            if (shortfall(trades, account).signum() <= 0) {
                continue;
            }
            if (buyCuts.cut(trades, account, BigDecimal.ZERO)) {
                notes.add("cash reserve: cut buys in " + account + " after rounding to whole shares");
            }
            if (shortfall(trades, account).signum() > 0) {
                raiseSales(trades, account);
                notes.add("cash reserve: sold more whole shares in " + account + " to keep its reserve");
            }
            requireRepaired(trades, account);
        }
        return notes;
    }

    private BigDecimal shortfall(TradeSet trades, AccountId account) {
        return rules.reserve(account).subtract(trades.cashAfter(account));
    }

    private void raiseSales(TradeSet trades, AccountId account) {
        List<TaxLot> candidates = new ArrayList<>(view.lots(account));
        candidates.removeIf(lot -> !rules.canSell(lot) || room(trades, lot).signum() <= 0
                || view.isLossLot(lot) && trades.buysAnyOf(rules.identical(lot.security()))
                || raisesGainsOverBudget(trades, lot));
        candidates.sort(Comparator.comparing((TaxLot lot) -> trades.sold(lot.id()).signum() == 0)
                .thenComparing(lot -> tax.perShare(lot).divide(view.price(lot.security()), Decimals.PRICE))
                .thenComparing(TaxLot::id));
        for (TaxLot lot : candidates) {
            BigDecimal shortfall = shortfall(trades, account);
            if (shortfall.signum() <= 0) {
                return;
            }
            Position position = new Position(account, lot.security());
            BigDecimal positionSold = trades.salesByPosition().getOrDefault(position, BigDecimal.ZERO);
            BigDecimal wanted = sharesFor(shortfall, position);
            if (minimum.isBelowMinimum(position, positionSold.add(wanted))) {
                wanted = sharesFor(minimum.minimum(), position).subtract(positionSold).max(wanted);
            }
            BigDecimal room = room(trades, lot);
            trades.sell(lot.id(), trades.sold(lot.id()).add(wanted.compareTo(room) < 0 ? wanted : room));
        }
    }

    /** Whether selling all that is left of a gain lot could take the proposal's net gain over the budget. */
    private boolean raisesGainsOverBudget(TradeSet trades, TaxLot lot) {
        if (!view.isTaxable(lot.account()) || view.gainPerShare(lot).signum() <= 0) {
            return false;
        }
        return !rules.withinGainsBudget(trades.taxableGain().add(room(trades, lot).multiply(view.gainPerShare(lot))));
    }

    private void requireRepaired(TradeSet trades, AccountId account) {
        if (shortfall(trades, account).signum() > 0) {
            throw new OptimizationException(view.household(), "account " + account + " cannot keep its cash reserve of "
                    + Decimals.money(rules.reserve(account)).toPlainString() + " with whole-share trades");
        }
        trades.salesByPosition().forEach((position, shares) -> {
            if (position.account().equals(account) && minimum.isBelowMinimum(position, shares)) {
                throw new OptimizationException(view.household(), "account " + account
                        + " can keep its cash reserve only by selling " + position.security()
                        + " below the minimum trade value");
            }
        });
    }

    private static BigDecimal room(TradeSet trades, TaxLot lot) {
        return lot.quantity().subtract(trades.sold(lot.id()));
    }

    /** Shares of the position's security on the policy's grid worth at least the amount. */
    private BigDecimal sharesFor(BigDecimal amount, Position position) {
        return rules.increment().worthAtLeast(amount, view.price(position.security()));
    }
}
