package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;

/**
 * Which trades are allowed at all: buys only of model securities neither restricted nor wash-blocked; no loss sales
 * of recently bought securities; and the cash each account keeps.
 */
final class TradingRules {
    private final HouseholdView view;
    private final Policy policy;
    private final WashSaleWindow window;

    TradingRules(HouseholdView view, Policy policy, WashSaleWindow window) {
        this.view = view;
        this.policy = policy;
        this.window = window;
    }

    boolean canBuy(SecurityId security) {
        return view.inModel(security) && !policy.restricted().contains(security)
                && !window.lossSales().containsKey(security);
    }

    boolean canSell(TaxLot lot) {
        return !(view.isLossLot(lot) && window.buys().containsKey(lot.security()));
    }

    /**
     * A security that could be both bought and sold at a loss today: the proposal must choose one side, or it would
     * wash its own loss.
     */
    boolean needsWashChoice(SecurityId security) {
        return canBuy(security) && view.lots().stream()
                .anyMatch(lot -> lot.security().equals(security) && view.isLossLot(lot) && canSell(lot));
    }

    /** Cash an account must keep after trading: the policy's fraction of its value before trading. */
    BigDecimal reserve(AccountId account) {
        return policy.cashReserve().multiply(view.accountValue(account).max(BigDecimal.ZERO));
    }

    WashSaleWindow window() {
        return window;
    }
}
