package io.ballast.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Argument checks shared by the compact constructors of the domain records. */
public final class Require {
    private Require() {
    }

    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    public static <T> T present(T value, String what) {
        return Objects.requireNonNull(value, () -> what + " is required");
    }

    public static BigDecimal positive(BigDecimal value, String what) {
        present(value, what);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be positive, was " + value.toPlainString());
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String what) {
        present(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    public static BigDecimal fraction(BigDecimal value, String what) {
        nonNegative(value, what);
        if (value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, was " + value.toPlainString());
        }
        return value;
    }
}
