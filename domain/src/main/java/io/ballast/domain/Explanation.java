package io.ballast.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why a proposal is what it is: drift (total absolute deviation from the model, as a fraction of household value)
 * and annual tracking error against the model (a fraction) before and after, gains realised by term (losses
 * negative), the estimated tax, the losses harvested (a positive amount), the net gains deferred compared with a
 * naive full rebalance, and notes such as the binding constraints.
 */
public record Explanation(BigDecimal driftBefore, BigDecimal driftAfter, BigDecimal trackingErrorBefore,
        BigDecimal trackingErrorAfter, BigDecimal realizedShortTerm, BigDecimal realizedLongTerm,
        BigDecimal estimatedTax, BigDecimal lossesHarvested, BigDecimal gainsDeferred, List<String> notes) {
    public Explanation {
        Require.present(driftBefore, "drift before");
        Require.present(driftAfter, "drift after");
        Require.present(trackingErrorBefore, "tracking error before");
        Require.present(trackingErrorAfter, "tracking error after");
        Require.present(realizedShortTerm, "realised short-term gain");
        Require.present(realizedLongTerm, "realised long-term gain");
        Require.present(estimatedTax, "estimated tax");
        Require.nonNegative(lossesHarvested, "losses harvested");
        Require.present(gainsDeferred, "gains deferred");
        notes = List.copyOf(notes);
    }

    /** An explanation of a proposal with no trades and nothing measured, for a household left alone for a reason. */
    public static Explanation only(String why) {
        BigDecimal zero = BigDecimal.ZERO;
        return new Explanation(zero, zero, zero, zero, zero, zero, zero, zero, zero, List.of(why));
    }
}
