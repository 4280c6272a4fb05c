package io.ballast.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the optimizer trades a household off between risk, tax and cost. Its objective, in dollars, is
 * riskAversion × V × TE² + taxWeight × tax + cost (V the household's value, TE its annual tracking error against
 * the model).
 *
 * @param taxRates               rates on realised gains by term; losses count as negative tax
 * @param taxWeight              how much one dollar of tax weighs against one dollar of cost
 * @param riskAversion           weight of the squared annual tracking error, per dollar of household value: the
 *                               tax-versus-risk trade-off (10 makes a 1% tracking error cost 0.1% of the value)
 * @param driftTolerance         total absolute drift (fraction of household value) under which the household is
 *                               left alone
 * @param costBps                trading cost (spread, commission) per dollar traded, in basis points
 * @param ticketCost             cost of each trade (one security in one account), in dollars
 * @param minTradeValue          no trade below this value, in dollars
 * @param cashReserve            fraction of each account's value kept in cash
 * @param restricted             securities never bought (screens, restrictions); held ones may be sold
 * @param washSaleDays           the wash-sale window on either side of a loss sale, in days (30 under IRC §1091)
 * @param gainsBudget            the most net gain (short + long term, losses net) a proposal may realise, in
 *                               dollars; null for no budget
 * @param substantiallyIdentical groups of securities that count as one for wash sales (share classes, funds
 *                               tracking the same index); disjoint
 */
public record Policy(TaxRates taxRates, BigDecimal taxWeight, BigDecimal riskAversion, BigDecimal driftTolerance,
        BigDecimal costBps, BigDecimal ticketCost, BigDecimal minTradeValue, BigDecimal cashReserve,
        Set<SecurityId> restricted, int washSaleDays, BigDecimal gainsBudget,
        List<Set<SecurityId>> substantiallyIdentical) {
    public Policy {
        Require.present(taxRates, "tax rates");
        Require.nonNegative(taxWeight, "tax weight");
        Require.nonNegative(riskAversion, "risk aversion");
        Require.fraction(driftTolerance, "drift tolerance");
        Require.nonNegative(costBps, "cost in basis points");
        Require.nonNegative(ticketCost, "ticket cost");
        Require.nonNegative(minTradeValue, "minimum trade value");
        Require.fraction(cashReserve, "cash reserve");
        restricted = Set.copyOf(new TreeSet<>(Require.present(restricted, "restricted securities")));
        if (washSaleDays < 0) {
            throw new IllegalArgumentException("wash-sale window must not be negative, was " + washSaleDays);
        }
        if (gainsBudget != null) {
            Require.nonNegative(gainsBudget, "gains budget");
        }
        List<Set<SecurityId>> groups = new ArrayList<>();
        Map<SecurityId, Integer> seen = new HashMap<>();
        for (Set<SecurityId> group : Require.present(substantiallyIdentical, "substantially identical groups")) {
            for (SecurityId security : group) {
                if (seen.put(security, groups.size()) != null) {
                    throw new IllegalArgumentException(security + " is in two substantially identical groups");
                }
            }
            groups.add(Set.copyOf(new TreeSet<>(group)));
        }
        substantiallyIdentical = List.copyOf(groups);
    }

    /**
     * A sensible starting policy: top US rates (37% + 3.8% NIIT short, 20% + 3.8% long), risk aversion 10, 5 bp
     * cost, no ticket cost, 30-day wash-sale window, no gains budget, each security identical only to itself.
     */
    public static Policy standard() {
        return new Policy(new TaxRates(new BigDecimal("0.408"), new BigDecimal("0.238")), BigDecimal.ONE,
                BigDecimal.TEN, new BigDecimal("0.02"), new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal("100"),
                new BigDecimal("0.01"), Set.of(), 30, null, List.of());
    }

    public Optional<BigDecimal> gainsBudgetIfAny() {
        return Optional.ofNullable(gainsBudget);
    }

    /** The securities substantially identical to this one, itself included. */
    public Set<SecurityId> identicalTo(SecurityId security) {
        return substantiallyIdentical.stream().filter(group -> group.contains(security)).findFirst()
                .orElse(Set.of(security));
    }
}
