package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which trades are allowed at all: buys only of model securities neither restricted nor wash-blocked; no loss sales
 * of recently bought securities; and the cash each account keeps. Wash sales are judged per wash group, the
 * securities the policy holds substantially identical (a security alone when it is in no group).
 */
final class TradingRules {
    private final HouseholdView view;
    private final Policy policy;
    private final WashSaleWindow window;
    private final SortedSet<SecurityId> washChoiceGroups = new TreeSet<>();
    private final Map<SecurityId, SecurityId> washGroups = new HashMap<>();
    private final Map<SecurityId, Boolean> buyable = new HashMap<>();
    private final Map<LotId, Boolean> sellable = new HashMap<>();

    TradingRules(HouseholdView view, Policy policy, WashSaleWindow window) {
        this.view = view;
        this.policy = policy;
        this.window = window;
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
        return view.inModel(security) && !policy.restricted().contains(security)
                && identical(security).stream().noneMatch(window.lossSales()::containsKey);
    }

    boolean canSell(TaxLot lot) {
        return sellable.computeIfAbsent(lot.id(), id -> isSellable(lot));
    }

    private boolean isSellable(TaxLot lot) {
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

    /** Whether a proposal realising this net taxable gain (losses net) keeps within the policy's gains budget. */
    boolean withinGainsBudget(BigDecimal netGain) {
        return policy.gainsBudgetIfAny().map(budget -> netGain.compareTo(budget) <= 0).orElse(true);
    }

    WashSaleWindow window() {
        return window;
    }
}
