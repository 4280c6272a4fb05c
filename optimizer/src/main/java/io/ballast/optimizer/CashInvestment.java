package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Decimals;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Spends what rounding down left of each CASH_INVEST account's amount: one whole-share buy at a time, the one that
 * lowers the tracking error most per dollar, while a buy fits in what is left to invest (a new trade with enough
 * shares to reach the minimum trade value). It stops when none fits, so each account ends less than a share (or a
 * minimum trade) short of its amount, and never under its reserve.
 */
final class CashInvestment {
    private final HouseholdView view;
    private final TradingRules rules;
    private final MinimumTradeFilter minimum;
    private final RiskTerms risk;
    private final Policy policy;

    CashInvestment(HouseholdView view, TradingRules rules, MinimumTradeFilter minimum, RiskTerms risk,
            Policy policy) {
        this.policy = policy;
        this.view = view;
        this.rules = rules;
        this.minimum = minimum;
        this.risk = risk;
    }

    /** Tops up the buys in place; returns a note per account with an amount to invest. */
    List<String> apply(TradeSet trades) {
        List<String> notes = new ArrayList<>();
        for (AccountId account : view.accountIds()) {
            BigDecimal target = rules.toInvest(account);
            if (target.signum() == 0) {
                continue;
            }
            while (buyBest(trades, account, target)) {
                // each pass buys one more whole-share lot of the best security that fits
            }
            BigDecimal asked = policy.cashAmount(account);
            notes.add("cash invest: " + account + " invests " + money(spent(trades, account)) + " of "
                    + money(asked) + (target.compareTo(asked) < 0
                            ? " (at most " + money(target) + ": the rest would take it under its cash reserve)" : ""));
        }
        return notes;
    }

    private boolean buyBest(TradeSet trades, AccountId account, BigDecimal target) {
        BigDecimal room = target.subtract(spent(trades, account));
        double[] covariance = risk.covarianceWith(risk.activeWeights(view, trades.sharesAfter()));
        double value = view.totalValue().doubleValue();
        Position best = null;
        BigDecimal bestShares = null;
        double bestChange = 0;
        for (SecurityId security : view.securities()) {
            if (!rules.canBuyIn(account, security)) {
                continue;
            }
            Position position = new Position(account, security);
            BigDecimal held = trades.buys().getOrDefault(position, BigDecimal.ZERO);
            BigDecimal shares = held.signum() > 0 ? BigDecimal.ONE
                    : minimum.minimum().divide(view.price(security), 0, RoundingMode.CEILING).max(BigDecimal.ONE);
            BigDecimal dollars = shares.multiply(view.price(security));
            if (dollars.compareTo(room) > 0) {
                continue;
            }
            double change = risk.varianceChange(covariance, risk.index(security), dollars.doubleValue() / value)
                    / dollars.doubleValue();
            if (best == null || change < bestChange) {
                best = position;
                bestShares = shares;
                bestChange = change;
            }
        }
        if (best == null) {
            return false;
        }
        trades.buy(best, trades.buys().getOrDefault(best, BigDecimal.ZERO).add(bestShares));
        return true;
    }

    /** Cash the account's buys spend (CASH_INVEST never sells). */
    private BigDecimal spent(TradeSet trades, AccountId account) {
        return view.cash(account).subtract(trades.cashAfter(account));
    }

    private static String money(BigDecimal amount) {
        return String.format("%,.2f", Decimals.money(amount));
    }
}
