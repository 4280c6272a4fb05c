package io.ballast.optimizer;

import io.ballast.domain.Decimals;
import io.ballast.domain.Policy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Whether a proposal is worth its trades: the drop of the objective it brings (risk + tax + cost, tickets included,
 * and asset location, re-scored from the snapshot) must reach the policy's minimum benefit, in basis points of the household's value.
 * Rounding and repair can leave a household's best whole-share trades barely better than none, or worse; trading on
 * such a gain, or on one within the risk model's noise, would re-trade a household day after day.
 */
final class BenefitTest {
    private final BigDecimal benefit;
    private final BigDecimal hurdle;
    private final BigDecimal householdValue;
    private final Policy policy;

    /** {@code locationChange}: what the trades change in the asset-location cost, which the objective counts too. */
    BenefitTest(Score before, Score after, BigDecimal locationChange, Policy policy) {
        this.benefit = before.objective(policy).subtract(after.objective(policy)).subtract(locationChange);
        this.householdValue = after.householdValue();
        this.hurdle = policy.minBenefitBps().movePointLeft(4).multiply(householdValue);
        this.policy = policy;
    }

    boolean pays() {
        return benefit.compareTo(hurdle) >= 0 && benefit.signum() > 0;
    }

    String leftAloneNote(int trades) {
        String found = "left alone: the best " + trades + " trades found ";
        if (benefit.signum() <= 0) {
            return found + "would raise the objective by " + money(benefit.negate()) + ": no better than not trading";
        }
        return found + "lower the objective by " + money(benefit) + " (" + bps(benefit)
                + " bp of the value), less than the minimum benefit of " + policy.minBenefitBps().toPlainString()
                + " bp (" + money(hurdle) + ")";
    }

    String tradedNote() {
        return "benefit: the trades lower the objective by " + money(benefit) + " (" + bps(benefit)
                + " bp of the value; the minimum is " + policy.minBenefitBps().toPlainString() + " bp)";
    }

    /** The note of trades made whatever they gain, for the reasons given. */
    String requiredNote(List<String> reasons) {
        return "benefit: the trades change the objective by " + money(benefit.negate()) + " (" + bps(benefit.negate())
                + " bp of the value), traded all the same: " + String.join("; ", reasons);
    }

    private String bps(BigDecimal dollars) {
        return dollars.movePointRight(4).divide(householdValue, 2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String money(BigDecimal amount) {
        return Decimals.money(amount).toPlainString();
    }
}
