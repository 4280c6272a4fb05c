package io.ballast.optimizer;

import io.ballast.domain.HouseholdId;

/** The optimizer could not produce a proposal for a household; the message names the household and the reason. */
public final class OptimizationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HouseholdId household;

    public OptimizationException(HouseholdId household, String reason) {
        super("household " + household + ": " + reason);
        this.household = household;
    }

    public HouseholdId household() {
        return household;
    }
}
