package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Decimals;
import io.ballast.domain.LotId;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which trades are allowed at all: buys only of model securities neither restricted, screened nor wash-blocked; no
 * loss sales of recently bought securities; the sales a screen forces (screened shares held, under
 * {@link ScreenedHoldings#SELL}) or forbids ({@link ScreenedHoldings#HOLD}); and the cash each account keeps. Wash
 * sales are judged per wash group, the securities the policy holds substantially identical (a security alone when
 * it is in no group); a group whose loss lots a screen forces out is not bought.
 *
 * <p>The policy's {@link Mode} narrows them: HARVEST_ONLY sells only loss lots and buys only substitutes of what
 * the same account can harvest, paid for by its sales (an account's cash may not fall); CASH_RAISE only sells, in
 * the accounts with an amount to raise, which their cash must cover on top of the reserve; CASH_INVEST only buys,
 * in the accounts with an amount to invest.
 */
final class TradingRules {
    private final HouseholdView view;
    private final Policy policy;
    private final WashSaleWindow window;
    private final SortedSet<SecurityId> washChoiceGroups = new TreeSet<>();
    private final Map<SecurityId, SecurityId> washGroups = new HashMap<>();
    private final Map<SecurityId, Boolean> buyable = new HashMap<>();
    private final Map<LotId, Boolean> sellable = new HashMap<>();
    /** In HARVEST_ONLY, per account, the substitutes of the securities whose loss lots it may harvest. */
    private final Map<AccountId, Set<SecurityId>> replacements = new HashMap<>();
    private final Map<SecurityId, List<String>> screens = new HashMap<>();
    private final SortedSet<LotId> forcedSales = new TreeSet<>();
    private final Set<SecurityId> forcedLossGroups = new HashSet<>();
    private final BigDecimal forcedGain;
    private final ShareIncrement increment;

    TradingRules(HouseholdView view, Policy policy, WashSaleWindow window) {
        this.view = view;
        this.policy = policy;
        this.window = window;
        if (policy.mode() == Mode.HARVEST_ONLY) {
            for (TaxLot lot : view.lots()) {
                if (view.isLossLot(lot) && isSellable(lot)) {
                    replacements.computeIfAbsent(lot.account(), account -> new TreeSet<>())
                            .addAll(policy.substitutesOf(lot.security()));
                }
            }
        }
        this.increment = new ShareIncrement(policy.shareIncrement());
        BigDecimal gain = BigDecimal.ZERO;
        for (TaxLot lot : view.lots()) {
            if (policy.screenedHoldings() == ScreenedHoldings.SELL && isScreened(lot.security()) && canSell(lot)) {
                forcedSales.add(lot.id());
                if (view.isLossLot(lot)) {
                    forcedLossGroups.add(washGroup(lot.security()));
                }
                if (view.isTaxable(lot.account())) {
                    gain = gain.add(lot.quantity().multiply(view.gainPerShare(lot)));
                }
            }
        }
        forcedGain = gain;
        for (TaxLot lot : view.lots()) {
            SecurityId group = washGroup(lot.security());
            if (view.isLossLot(lot) && canSell(lot) && identical(group).stream().anyMatch(this::canBuy)) {
                washChoiceGroups.add(group);
            }
        }
    }

    boolean canBuy(SecurityId security) {
        return buyable.computeIfAbsent(security, this::isBuyable);
    }

    private boolean isBuyable(SecurityId security) {
        boolean wanted = policy.mode() == Mode.HARVEST_ONLY
                ? view.securities().contains(security) && replacements.values().stream().anyMatch(r -> r.contains(security))
                : view.inModel(security);
        return wanted && policy.mode() != Mode.CASH_RAISE && !policy.restricted().contains(security)
                && !isScreened(security) && !forcedLossGroups.contains(washGroup(security))
                && identical(security).stream().noneMatch(window.lossSales()::containsKey);
    }

    /** Whether this account may buy the security: {@link #canBuy} and what the mode allows the account. */
    boolean canBuyIn(AccountId account, SecurityId security) {
        if (!canBuy(security)) {
            return false;
        }
        return switch (policy.mode()) {
            case HARVEST_ONLY -> replacements.getOrDefault(account, Set.of()).contains(security);
            case CASH_INVEST -> policy.cashAmount(account).signum() > 0;
            default -> true;
        };
    }

    /** The names of the screens that exclude the security; empty when none does. */
    List<String> screens(SecurityId security) {
        return screens.computeIfAbsent(security, s -> policy.screensExcluding(s, view.attributes(s)));
    }

    boolean isScreened(SecurityId security) {
        return !screens(security).isEmpty();
    }

    /** Lots a screen forces out: screened shares held, sold in full when the policy sells them and no rule forbids. */
    SortedSet<LotId> forcedSales() {
        return Collections.unmodifiableSortedSet(forcedSales);
    }

    boolean isForcedSale(LotId lot) {
        return forcedSales.contains(lot);
    }

    boolean canSell(TaxLot lot) {
        return sellable.computeIfAbsent(lot.id(), id -> isSellable(lot) && modeSells(lot));
    }

    private boolean isSellable(TaxLot lot) {
        if (policy.screenedHoldings() == ScreenedHoldings.HOLD && isScreened(lot.security())) {
            return false;
        }
        return !(view.isLossLot(lot) && identical(lot.security()).stream().anyMatch(window.buys()::containsKey));
    }

    private boolean modeSells(TaxLot lot) {
        return switch (policy.mode()) {
            case HARVEST_ONLY -> view.isLossLot(lot);
            case CASH_RAISE -> policy.cashAmount(lot.account()).signum() > 0;
            case CASH_INVEST -> false;
            default -> true;
        };
    }

    /** The recent trade of the security's wash group in {@code recent} (loss sales or buys), or null. */
    RecentTrade recentInGroup(SecurityId security, Map<SecurityId, RecentTrade> recent) {
        return identical(security).stream().map(recent::get).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The securities substantially identical to this one, itself included. */
    Set<SecurityId> identical(SecurityId security) {
        return policy.identicalTo(security);
    }

    /** The wash group of a security, named by its first member. */
    SecurityId washGroup(SecurityId security) {
        return washGroups.computeIfAbsent(security, member -> Collections.min(identical(member)));
    }

    /**
     * Wash groups that could be both bought and sold at a loss today: the proposal must choose one side, or it would
     * wash its own loss.
     */
    SortedSet<SecurityId> washChoiceGroups() {
        return Collections.unmodifiableSortedSet(washChoiceGroups);
    }

    /**
     * Cash an account must keep after trading: the policy's fraction of its value before trading, plus the amount
     * to raise in CASH_RAISE; in HARVEST_ONLY its cash before trading, so that replacements are paid by sales; in
     * CASH_INVEST at least its cash less the amount to invest, so that no more is spent. The cash modes leave the
     * accounts without an amount alone, and an account investing never sells: neither can be held to more cash
     * than it has.
     */
    BigDecimal reserve(AccountId account) {
        BigDecimal reserve = policy.cashReserve().multiply(view.accountValue(account).max(BigDecimal.ZERO));
        BigDecimal cash = view.cash(account);
        boolean instructed = policy.cashAmount(account).signum() > 0;
        return switch (policy.mode()) {
            case HARVEST_ONLY -> cash;
            case CASH_RAISE -> instructed ? reserve.add(policy.cashAmount(account)) : reserve.min(cash);
            case CASH_INVEST -> reserve.max(cash.subtract(policy.cashAmount(account))).min(cash);
            default -> reserve;
        };
    }

    /**
     * Refuses a household where an account could not reach its cash reserve even by selling everything it may sell
     * (screened holdings kept, loss lots a recent buy would wash), rather than leave the solver to call it infeasible.
     *
     * @throws OptimizationException naming the account, its reserve and what it could raise
     */
    void requireReachableReserves() {
        for (AccountId account : view.accountIds()) {
            BigDecimal reachable = view.cash(account);
            for (TaxLot lot : view.lots(account)) {
                if (canSell(lot)) {
                    reachable = reachable.add(view.price(lot.security()).multiply(lot.quantity()));
                }
            }
            if (reachable.compareTo(reserve(account)) < 0) {
                String goal = policy.mode() == Mode.CASH_RAISE && policy.cashAmount(account).signum() > 0
                        ? "raise " + policy.cashAmount(account).toPlainString() + " on top of its cash reserve"
                        : "keep its cash reserve";
                throw new OptimizationException(view.household(), "account " + account + " cannot " + goal + ": it"
                        + " needs " + Decimals.money(reserve(account)).toPlainString() + " in cash, and its cash and"
                        + " all it may sell come to " + Decimals.money(reachable).toPlainString());
            }
        }
    }

    /** Whether a proposal realising this net taxable gain (losses net) keeps within the gains budget. */
    boolean withinGainsBudget(BigDecimal netGain) {
        return gainsBudget().map(budget -> netGain.compareTo(budget) <= 0).orElse(true);
    }

    /**
     * The policy's gains budget, raised to the net gain of the sales screens force when those alone exceed it: a
     * screen is obeyed whatever the tax, and the rest of the proposal may then realise no net gain.
     */
    Optional<BigDecimal> gainsBudget() {
        return policy.gainsBudgetIfAny().map(budget -> budget.max(forcedGain));
    }

    /** The net taxable gain the sales screens force realise. */
    BigDecimal forcedGain() {
        return forcedGain;
    }

    /** The grid trade quantities sit on. */
    ShareIncrement increment() {
        return increment;
    }

    int washSaleDays() {
        return policy.washSaleDays();
    }

    /**
     * What a CASH_INVEST account must spend on buys: its amount to invest, at most the cash it holds above the
     * policy's reserve; zero where it may buy nothing, and in every other mode.
     */
    BigDecimal toInvest(AccountId account) {
        if (policy.mode() != Mode.CASH_INVEST
                || view.securities().stream().noneMatch(security -> canBuyIn(account, security))) {
            return BigDecimal.ZERO;
        }
        return view.cash(account).subtract(reserve(account)).max(BigDecimal.ZERO);
    }

    WashSaleWindow window() {
        return window;
    }
}
