package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Policy;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.SecurityId;
import java.util.ArrayList;
import java.util.List;

/** Notes on the rules that shaped a proposal: restrictions, wash-sale blocks and choices, binding cash reserves. */
final class ConstraintNotes {
    private final HouseholdView view;
    private final TradingRules rules;
    private final Policy policy;

    ConstraintNotes(HouseholdView view, TradingRules rules, Policy policy) {
        this.view = view;
        this.rules = rules;
        this.policy = policy;
    }

    List<String> write(SolverAnswer answer, TradeSet trades) {
        List<String> notes = new ArrayList<>();
        for (SecurityId security : view.securities()) {
            if (policy.restricted().contains(security)) {
                notes.add("restricted: " + security + " is never bought");
            }
            RecentTrade lossSale = rules.window().lossSales().get(security);
            if (lossSale != null && view.inModel(security)) {
                notes.add("wash sale: " + security + " not bought in any account (sold at a loss in "
                        + lossSale.account() + " on " + lossSale.tradeDate() + ")");
            }
            RecentTrade buy = rules.window().buys().get(security);
            if (buy != null && hasLossLots(security)) {
                notes.add("wash sale: loss lots of " + security + " kept (bought in " + buy.account() + " on "
                        + buy.tradeDate() + ")");
            }
            if (rules.needsWashChoice(security)) {
                if (sellsLossLots(trades, security)) {
                    notes.add("wash sale: losses in " + security + " harvested, so it is not bought");
                } else if (trades.buysAnywhere(security)) {
                    notes.add("wash sale: " + security + " bought, so its loss lots are kept");
                }
            }
        }
        for (AccountId account : answer.reserveBinding()) {
            notes.add("cash reserve binds in " + account);
        }
        return notes;
    }

    private boolean hasLossLots(SecurityId security) {
        return view.lots().stream().anyMatch(lot -> lot.security().equals(security) && view.isLossLot(lot));
    }

    private boolean sellsLossLots(TradeSet trades, SecurityId security) {
        return trades.sales().keySet().stream().map(view::lot)
                .anyMatch(lot -> lot.security().equals(security) && view.isLossLot(lot));
    }
}
