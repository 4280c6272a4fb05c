package io.ballast.domain;

import java.math.BigDecimal;

/** Combined marginal rates (federal + NIIT + state) on short- and long-term gains. */
public record TaxRates(BigDecimal shortTerm, BigDecimal longTerm) {
    public TaxRates {
        Require.fraction(shortTerm, "short-term tax rate");
        Require.fraction(longTerm, "long-term tax rate");
    }

    public BigDecimal rate(HoldingTerm term) {
        return term == HoldingTerm.LONG ? longTerm : shortTerm;
    }
}
