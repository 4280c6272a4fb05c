package io.ballast.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why a proposal is what it is: drift (total absolute deviation from the model, as a fraction of household value)
 * before and after, gains realised by term (losses negative), the estimated tax, and notes such as binding
 * constraints.
 */
public record Explanation(BigDecimal driftBefore, BigDecimal driftAfter, BigDecimal realizedShortTerm,
        BigDecimal realizedLongTerm, BigDecimal estimatedTax, List<String> notes) {
    public Explanation {
        Require.present(driftBefore, "drift before");
        Require.present(driftAfter, "drift after");
        Require.present(realizedShortTerm, "realised short-term gain");
        Require.present(realizedLongTerm, "realised long-term gain");
        Require.present(estimatedTax, "estimated tax");
        notes = List.copyOf(notes);
    }
}
