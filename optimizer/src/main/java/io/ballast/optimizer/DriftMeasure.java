package io.ballast.optimizer;

import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Household drift in dollars: Σ over every model or held security of |value held − target weight × household
 * value|, plus the cash held (whose target is zero, the model's weights summing to one). Divided by household
 * value it is the drift the {@link io.ballast.domain.Explanation} reports, between 0 and 2.
 */
final class DriftMeasure {
    private final HouseholdView view;

    DriftMeasure(HouseholdView view) {
        this.view = view;
    }

    BigDecimal dollars(Map<SecurityId, BigDecimal> shares, BigDecimal cash) {
        BigDecimal drift = cash.abs();
        for (SecurityId security : view.securities()) {
            BigDecimal held = shares.getOrDefault(security, BigDecimal.ZERO).multiply(view.price(security));
            drift = drift.add(held.subtract(view.target(security).multiply(view.totalValue())).abs());
        }
        return drift;
    }

    BigDecimal before() {
        return dollars(view.sharesBySecurity(), view.totalCash());
    }
}
