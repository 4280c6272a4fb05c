package io.ballast.domain;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the optimizer trades a household off between drift, tax and cost.
 *
 * @param taxRates        rates on realised gains by term; losses count as negative tax
 * @param taxWeight       how much one dollar of tax weighs against one dollar of drift from the model
 * @param driftTolerance  total absolute drift (fraction of household value) under which the household is left alone
 * @param costBps         trading cost per dollar traded, in basis points
 * @param minTradeValue   no trade below this value, in dollars
 * @param cashReserve     fraction of each account's value kept in cash
 * @param restricted      securities never bought (screens, restrictions); held ones may be sold
 * @param washSaleDays    the wash-sale window on either side of a loss sale, in days (30 under IRC §1091)
 */
public record Policy(TaxRates taxRates, BigDecimal taxWeight, BigDecimal driftTolerance, BigDecimal costBps,
        BigDecimal minTradeValue, BigDecimal cashReserve, Set<SecurityId> restricted, int washSaleDays) {
    public Policy {
        Require.present(taxRates, "tax rates");
        Require.nonNegative(taxWeight, "tax weight");
        Require.fraction(driftTolerance, "drift tolerance");
        Require.nonNegative(costBps, "cost in basis points");
        Require.nonNegative(minTradeValue, "minimum trade value");
        Require.fraction(cashReserve, "cash reserve");
        restricted = Set.copyOf(new TreeSet<>(Require.present(restricted, "restricted securities")));
        if (washSaleDays < 0) {
            throw new IllegalArgumentException("wash-sale window must not be negative, was " + washSaleDays);
        }
    }

    /** A sensible starting policy: top US rates (37% + 3.8% NIIT short, 20% + 3.8% long), 30-day wash-sale window. */
    public static Policy standard() {
        return new Policy(new TaxRates(new BigDecimal("0.408"), new BigDecimal("0.238")), BigDecimal.ONE,
                new BigDecimal("0.02"), new BigDecimal("5"), new BigDecimal("100"), new BigDecimal("0.01"), Set.of(),
                30);
    }
}
