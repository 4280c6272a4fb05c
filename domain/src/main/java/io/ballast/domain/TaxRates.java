package io.ballast.domain;

import java.math.BigDecimal;

/**
 * Marginal rates on realised gains, in parts: federal short- and long-term, the 3.8% net investment income tax and
 * the state's rate (states tax gains of either term alike). {@link #shortTerm()} and {@link #longTerm()} give the
 * combined rate of each term, which is what the optimizer charges.
 */
public record TaxRates(BigDecimal federalShortTerm, BigDecimal federalLongTerm, BigDecimal niit, BigDecimal state) {
    /** 37% + 3.8% short, 20% + 3.8% long: the top US federal rates with NIIT, no state tax. */
    public static final TaxRates TOP_FEDERAL = new TaxRates(new BigDecimal("0.37"), new BigDecimal("0.20"),
            new BigDecimal("0.038"), BigDecimal.ZERO);

    public TaxRates {
        Require.fraction(federalShortTerm, "federal short-term tax rate");
        Require.fraction(federalLongTerm, "federal long-term tax rate");
        Require.fraction(niit, "net investment income tax rate");
        Require.fraction(state, "state tax rate");
        Require.fraction(federalShortTerm.add(niit).add(state), "combined short-term tax rate");
        Require.fraction(federalLongTerm.add(niit).add(state), "combined long-term tax rate");
    }

    /** Rates already combined (federal + NIIT + state) by term, kept whole as the federal part. */
    public TaxRates(BigDecimal shortTerm, BigDecimal longTerm) {
        this(shortTerm, longTerm, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The combined rate on short-term gains: federal + NIIT + state. */
    public BigDecimal shortTerm() {
        return federalShortTerm.add(niit).add(state);
    }

    /** The combined rate on long-term gains: federal + NIIT + state. */
    public BigDecimal longTerm() {
        return federalLongTerm.add(niit).add(state);
    }

    public BigDecimal rate(HoldingTerm term) {
        return term == HoldingTerm.LONG ? longTerm() : shortTerm();
    }
}
