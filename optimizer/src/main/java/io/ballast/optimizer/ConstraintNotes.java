package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Decimals;
import io.ballast.domain.Policy;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Sleeve;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notes on the rules that shaped a proposal, judged on the final whole-share trades: restrictions, screens (by
 * name, with what became of the shares held), wash-sale blocks and choices, cash reserves and the gains budget where they bind, securities the risk model does not cover.
 */
final class ConstraintNotes {
    private final HouseholdView view;
    private final TradingRules rules;
    private final Policy policy;
    private final RiskTerms risk;
    private final LocationCost location;

    ConstraintNotes(HouseholdView view, TradingRules rules, Policy policy, RiskTerms risk, LocationCost location) {
        this.location = location;
        this.view = view;
        this.rules = rules;
        this.policy = policy;
        this.risk = risk;
    }

    List<String> write(TradeSet trades) {
        List<String> notes = new ArrayList<>();
        for (SecurityId security : view.securities()) {
            if (policy.restricted().contains(security)) {
                notes.add("restricted: " + security + " is never bought");
            }
            if (rules.isScreened(security)) {
                notes.add(screenNote(security, trades));
            }
            RecentTrade lossSale = rules.recentInGroup(security, rules.window().lossSales());
            if (lossSale != null && view.inModel(security)) {
                notes.add("wash sale: " + security + " not bought in any account (" + lossSale.security()
                        + " sold at a loss in " + lossSale.account() + " on " + lossSale.tradeDate() + ")");
            }
            RecentTrade buy = rules.recentInGroup(security, rules.window().buys());
            if (buy != null && hasLossLots(security)) {
                notes.add("wash sale: loss lots of " + security + " kept (" + buy.security() + " bought in "
                        + buy.account() + " on " + buy.tradeDate() + ")");
            }
        }
        for (SecurityId group : rules.washChoiceGroups()) {
            if (trades.sellsLossLotsOf(rules.identical(group))) {
                notes.add("wash sale: losses in " + names(group) + " harvested, so it is not bought");
            } else if (trades.buysAnyOf(rules.identical(group))) {
                notes.add("wash sale: " + names(group) + " bought, so its loss lots are kept");
            }
        }
        for (AccountId account : view.accountIds()) {
            BigDecimal spare = trades.cashAfter(account).subtract(rules.reserve(account));
            if (spare.compareTo(cheapestBuy(account)) < 0 && trades.buys().keySet().stream()
                    .anyMatch(position -> position.account().equals(account))) {
                notes.add("cash reserve binds in " + account + ": " + spare.setScale(2, RoundingMode.HALF_EVEN)
                        .toPlainString() + " above its reserve, less than a share of anything it buys");
            }
        }
        policy.gainsBudgetIfAny().filter(budget -> rules.forcedGain().compareTo(budget) > 0).ifPresent(budget ->
                notes.add("gains budget: screened sales realise " + Decimals.money(rules.forcedGain()).toPlainString()
                        + ", over the budget of " + budget.toPlainString() + "; nothing else realises a net gain"));
        rules.gainsBudget().ifPresent(budget -> {
            BigDecimal left = budget.subtract(trades.taxableGain());
            if (left.compareTo(smallestShareGain(trades)) < 0) {
                notes.add("gains budget binds: " + left.setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                        + " of " + budget.toPlainString() + " left");
            }
        });
        if (!location.isEmpty()) {
            notes.add("asset location: value held where its class should not be " + money(location.misplacedAfter(
                    new TradeSet(view))) + " → " + money(location.misplacedAfter(trades)));
        }
        taxDeferredFirst(trades).ifPresent(notes::add);
        notes.addAll(sleeves(trades));
        for (SecurityId uncovered : risk.uncovered()) {
            notes.add("risk: " + uncovered + " is not in the risk model; taken as uncorrelated at 20% volatility");
        }
        return notes;
    }

    /**
     * Where a household with taxable and tax-deferred accounts sells, how much of it the tax-deferred accounts sell:
     * trades there realise no tax, so the optimizer rebalances through them first.
     */
    private Optional<String> taxDeferredFirst(TradeSet trades) {
        BigDecimal sold = BigDecimal.ZERO;
        BigDecimal soldFreeOfTax = BigDecimal.ZERO;
        for (var sale : trades.sales().entrySet()) {
            TaxLot lot = view.lot(sale.getKey());
            BigDecimal value = sale.getValue().multiply(view.price(lot.security()));
            sold = sold.add(value);
            if (!view.isTaxable(lot.account())) {
                soldFreeOfTax = soldFreeOfTax.add(value);
            }
        }
        boolean mixed = view.accountIds().stream().anyMatch(view::isTaxable)
                && view.accountIds().stream().anyMatch(account -> !view.isTaxable(account));
        if (!mixed || sold.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of("tax-deferred first: " + money(soldFreeOfTax) + " of the " + money(sold)
                + " sold is sold in IRA, Roth and tax-exempt accounts, free of tax");
    }

    /** Each sleeve of a model over asset classes: its weight of the investable value before and after, and target. */
    private List<String> sleeves(TradeSet trades) {
        List<String> notes = new ArrayList<>();
        Map<SecurityId, BigDecimal> after = trades.sharesAfter();
        BigDecimal investable = view.totalValue().multiply(BigDecimal.ONE.subtract(policy.cashReserve()));
        if (investable.signum() <= 0) {
            return notes;
        }
        for (Sleeve sleeve : view.model().sleeves()) {
            BigDecimal before = BigDecimal.ZERO;
            BigDecimal held = BigDecimal.ZERO;
            for (SecurityId security : sleeve.members().keySet()) {
                BigDecimal price = view.price(security);
                before = before.add(view.sharesBySecurity().getOrDefault(security, BigDecimal.ZERO).multiply(price));
                held = held.add(after.getOrDefault(security, BigDecimal.ZERO).multiply(price));
            }
            notes.add("sleeve " + sleeve.name() + ": " + percent(before.divide(investable, Decimals.PRICE)) + " → "
                    + percent(held.divide(investable, Decimals.PRICE)) + " of the investable value, target "
                    + percent(sleeve.weight()) + " (" + sleeve.members().size() + " securities)");
        }
        return notes;
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String money(BigDecimal amount) {
        return Decimals.money(amount).toPlainString();
    }

    /** Which screens exclude a security, and what became of the shares the household holds of it. */
    private String screenNote(SecurityId security, TradeSet trades) {
        String note = "screen " + String.join(", ", rules.screens(security)) + ": " + security + " is never bought";
        BigDecimal held = view.sharesBySecurity().getOrDefault(security, BigDecimal.ZERO);
        if (held.signum() == 0) {
            return note;
        }
        BigDecimal sold = view.lots().stream().filter(lot -> lot.security().equals(security))
                .map(lot -> trades.sold(lot.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (policy.screenedHoldings() == ScreenedHoldings.HOLD) {
            return note + "; the " + held.toPlainString() + " shares held are kept";
        }
        String soldNote = note + "; " + sold.toPlainString() + " of the " + held.toPlainString() + " shares held sold";
        return sold.compareTo(held) == 0 ? soldNote : soldNote + " (a wash sale keeps the rest)";
    }

    /** The recent trade of the security or of one substantially identical to it, or null. */
    private String names(SecurityId group) {
        return String.join("/", rules.identical(group).stream().sorted().map(SecurityId::value).toList());
    }

    /** The price of the cheapest security any account may buy. */
    private BigDecimal cheapestBuy(AccountId account) {
        return view.securities().stream().filter(rules::canBuy).map(view::price).min(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    /** The gain of one more share of the taxable gain lot with the least gain per share that is not sold out. */
    private BigDecimal smallestShareGain(TradeSet trades) {
        return view.lots().stream().filter(lot -> view.isTaxable(lot.account()))
                .filter(lot -> trades.sold(lot.id()).compareTo(lot.quantity()) < 0)
                .map(view::gainPerShare).filter(gain -> gain.signum() > 0).min(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    private boolean hasLossLots(SecurityId security) {
        return view.lots().stream().anyMatch(lot -> lot.security().equals(security) && view.isLossLot(lot));
    }
}
