package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Decimals;
import io.ballast.domain.LotId;
import io.ballast.domain.Policy;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 */
final class TradingRules {
    private final HouseholdView view;
    private final Policy policy;
    private final WashSaleWindow window;
    private final SortedSet<SecurityId> washChoiceGroups = new TreeSet<>();
    private final Map<SecurityId, SecurityId> washGroups = new HashMap<>();
    private final Map<SecurityId, Boolean> buyable = new HashMap<>();
    private final Map<LotId, Boolean> sellable = new HashMap<>();
    private final Map<SecurityId, List<String>> screens = new HashMap<>();
    private final SortedSet<LotId> forcedSales = new TreeSet<>();
    private final Set<SecurityId> forcedLossGroups = new HashSet<>();
    private final BigDecimal forcedGain;
    private final ShareIncrement increment;

    TradingRules(HouseholdView view, Policy policy, WashSaleWindow window) {
        this.view = view;
        this.policy = policy;
        this.window = window;
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
        return view.inModel(security) && !policy.restricted().contains(security) && !isScreened(security)
                && !forcedLossGroups.contains(washGroup(security))
                && identical(security).stream().noneMatch(window.lossSales()::containsKey);
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
        return sellable.computeIfAbsent(lot.id(), id -> isSellable(lot));
    }

    private boolean isSellable(TaxLot lot) {
        if (policy.screenedHoldings() == ScreenedHoldings.HOLD && isScreened(lot.security())) {
            return false;
        }
        return !(view.isLossLot(lot) && identical(lot.security()).stream().anyMatch(window.buys()::containsKey));
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

    /** Cash an account must keep after trading: the policy's fraction of its value before trading. */
    BigDecimal reserve(AccountId account) {
        return policy.cashReserve().multiply(view.accountValue(account).max(BigDecimal.ZERO));
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
                throw new OptimizationException(view.household(), "account " + account + " cannot keep its cash"
                        + " reserve of " + Decimals.money(reserve(account)).toPlainString() + ": its cash and all it"
                        + " may sell come to " + Decimals.money(reachable).toPlainString());
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

    WashSaleWindow window() {
        return window;
    }
}
