package io.ballast.ledger;

import io.ballast.domain.Require;
import java.math.BigDecimal;

/**
 * Differences up to these amounts are not breaks: shares for positions and lots, dollars for cash, and for the cost
 * basis of a lot whichever is larger of a dollar amount and basis points of the ledger's basis.
 */
public record ReconTolerances(BigDecimal quantity, BigDecimal cash, BigDecimal basis, BigDecimal basisBps) {
    /** Quantities must match exactly; cash and basis to the cent. */
    public static final ReconTolerances DEFAULT = new ReconTolerances(BigDecimal.ZERO, new BigDecimal("0.01"),
            new BigDecimal("0.01"), BigDecimal.ZERO);
    private static final BigDecimal BPS = new BigDecimal("10000");

    public ReconTolerances {
        Require.nonNegative(quantity, "quantity tolerance");
        Require.nonNegative(cash, "cash tolerance");
        Require.nonNegative(basis, "basis tolerance");
        Require.nonNegative(basisBps, "basis tolerance in basis points");
    }

    boolean quantityMatches(BigDecimal expected, BigDecimal actual) {
        return within(expected.subtract(actual), quantity);
    }

    boolean cashMatches(BigDecimal expected, BigDecimal actual) {
        return within(expected.subtract(actual), cash);
    }

    boolean basisMatches(BigDecimal expected, BigDecimal actual) {
        BigDecimal relative = expected.abs().multiply(basisBps).divide(BPS);
        return within(expected.subtract(actual), basis.max(relative));
    }

    private static boolean within(BigDecimal difference, BigDecimal tolerance) {
        return difference.abs().compareTo(tolerance) <= 0;
    }
}
