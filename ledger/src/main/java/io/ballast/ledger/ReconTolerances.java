package io.ballast.ledger;

import io.ballast.domain.Require;
import java.math.BigDecimal;

/** Differences up to these amounts are not breaks. */
public record ReconTolerances(BigDecimal quantity, BigDecimal cash) {
    /** Quantities must match exactly; cash to the cent. */
    public static final ReconTolerances DEFAULT = new ReconTolerances(BigDecimal.ZERO, new BigDecimal("0.01"));

    public ReconTolerances {
        Require.nonNegative(quantity, "quantity tolerance");
        Require.nonNegative(cash, "cash tolerance");
    }
}
