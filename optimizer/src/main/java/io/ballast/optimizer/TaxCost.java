package io.ballast.optimizer;

import io.ballast.domain.HoldingTerm;
import io.ballast.domain.LotId;
import io.ballast.domain.Policy;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The tax a sale realises, lot by lot: gain per share × the rate of the lot's term on the trade date; zero outside
 * taxable accounts.
 */
final class TaxCost {
    private final HouseholdView view;
    private final Policy policy;
    private final Map<LotId, BigDecimal> perShare = new HashMap<>();

    TaxCost(HouseholdView view, Policy policy) {
        this.view = view;
        this.policy = policy;
    }

    HoldingTerm term(TaxLot lot) {
        return lot.term(view.tradeDate());
    }

    BigDecimal rate(TaxLot lot) {
        return view.isTaxable(lot.account()) ? policy.taxRates().rate(term(lot)) : BigDecimal.ZERO;
    }

    /** Tax per share sold; negative (a benefit) for a loss. */
    BigDecimal perShare(TaxLot lot) {
        return perShare.computeIfAbsent(lot.id(), id -> rate(lot).multiply(view.gainPerShare(lot)));
    }
}
