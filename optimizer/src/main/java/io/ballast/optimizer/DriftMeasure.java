package io.ballast.optimizer;

import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Household drift in dollars, against the targets {@link HouseholdView} defines:
 * <pre>
 * Σ over every model or held security s of |value held_s − weight_s × (1 − cashReserve) × V|
 *   + |cash − cashReserve × V|
 * </pre>
 * (V the household's value before trading, cash summed over the accounts). Divided by V it is the drift the
 * {@link io.ballast.domain.Explanation} reports, between 0 and 2; a household on model holding exactly its reserve
 * in cash drifts 0.
 */
final class DriftMeasure {
    private final HouseholdView view;

    DriftMeasure(HouseholdView view) {
        this.view = view;
    }

    BigDecimal dollars(Map<SecurityId, BigDecimal> shares, BigDecimal cash) {
        BigDecimal drift = cashDeviation(cash).abs();
        for (SecurityId security : view.securities()) {
            drift = drift.add(deviation(security, shares.getOrDefault(security, BigDecimal.ZERO)).abs());
        }
        return drift;
    }

    /** Value held minus target value for a security, in dollars. */
    BigDecimal deviation(SecurityId security, BigDecimal shares) {
        return shares.multiply(view.price(security)).subtract(view.targetValue(security));
    }

    /** Cash held (all accounts) minus the cash target, in dollars. */
    BigDecimal cashDeviation(BigDecimal cash) {
        return cash.subtract(view.cashTarget());
    }

    BigDecimal before() {
        return dollars(view.sharesBySecurity(), view.totalCash());
    }
}
