package io.ballast.optimizer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The grid trade quantities sit on: the policy's share increment (1 for whole shares, 0.001 for thousandths). One
 * share is always a whole number of steps, so moves of whole shares keep a quantity on the grid.
 */
final class ShareIncrement {
    /**
     * Solver answers within this many shares of a grid point are read as that point (a tenth of the step at most): a
     * first-order solver's answer is exact to about a millionth of the household's value, a fraction of a share.
     */
    private static final double SNAP_SHARES = 1e-3;

    private final BigDecimal step;
    private final double stepAsDouble;
    /** The snap tolerance in steps. */
    private final double snap;

    ShareIncrement(BigDecimal step) {
        this.step = step;
        this.stepAsDouble = step.doubleValue();
        this.snap = Math.min(SNAP_SHARES / stepAsDouble, 0.1);
    }

    BigDecimal step() {
        return step;
    }

    /** The largest grid quantity not above {@code shares} (read with the snap tolerance), never negative. */
    BigDecimal floor(double shares) {
        long steps = (long) Math.floor(shares / stepAsDouble + snap);
        return steps <= 0 ? BigDecimal.ZERO : step.multiply(BigDecimal.valueOf(steps));
    }

    /** The largest grid quantity not above {@code shares}, never negative. */
    BigDecimal floor(BigDecimal shares) {
        if (shares.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return shares.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    /** The least grid quantity of a security at {@code price} worth at least {@code amount}; zero for none. */
    BigDecimal worthAtLeast(BigDecimal amount, BigDecimal price) {
        if (amount.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return amount.divide(price.multiply(step), 0, RoundingMode.CEILING).multiply(step);
    }

    /** How far {@code shares} lies above the grid point below it, in steps (0 to 1), with the snap tolerance. */
    double remainder(double shares) {
        double steps = shares / stepAsDouble;
        double below = Math.floor(steps + snap);
        return steps - below < snap ? 0 : steps - below;
    }

    /** Whether the solver's {@code shares} are more than the snap tolerance. */
    boolean isMoreThanDust(double shares) {
        return shares > snap * stepAsDouble;
    }

    /** Whether the solver's {@code shares} come within the snap tolerance of {@code whole}. */
    boolean reaches(double shares, BigDecimal whole) {
        return shares >= whole.doubleValue() - snap * stepAsDouble;
    }
}
