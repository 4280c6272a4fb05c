package io.ballast.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Canonical scale for quantities and prices read back from NUMERIC columns, so equal amounts compare equal in
 * records (money is read back with {@link io.ballast.domain.Decimals#money}).
 */
final class Numbers {
    private Numbers() {
    }

    /** Quantities and prices: no trailing zeros, never an exponent (100, not 1E+2). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }
}
