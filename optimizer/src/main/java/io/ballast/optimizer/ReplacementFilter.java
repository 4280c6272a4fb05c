package io.ballast.optimizer;

import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * In HARVEST_ONLY, keeps a buy only where it replaces a harvest: the account buys a substitute of a security it
 * sells at a loss in the same proposal. The program may buy any substitute of what an account could harvest; one
 * whose loss lots stay unsold would be a plain rebalancing trade. Dropping a buy only adds cash, so every other
 * rule still holds.
 */
final class ReplacementFilter {
    private final HouseholdView view;
    private final Policy policy;

    ReplacementFilter(HouseholdView view, Policy policy) {
        this.view = view;
        this.policy = policy;
    }

    /** Drops the buys that replace nothing; returns how many. */
    int apply(TradeSet trades) {
        int dropped = 0;
        for (Position buy : List.copyOf(trades.buys().keySet())) {
            Set<SecurityId> replaced = new TreeSet<>();
            for (var sale : trades.sales().keySet()) {
                TaxLot lot = view.lot(sale);
                if (lot.account().equals(buy.account()) && view.isLossLot(lot)) {
                    replaced.addAll(policy.substitutesOf(lot.security()));
                }
            }
            if (!replaced.contains(buy.security())) {
                trades.buy(buy, BigDecimal.ZERO);
                dropped++;
            }
        }
        return dropped;
    }
}
