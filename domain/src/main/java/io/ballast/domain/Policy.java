package io.ballast.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
 * @param mode                   what the optimizer is asked to do ({@link Mode})
 * @param minBenefitBps          the least drop of the objective (risk + tax + cost, tickets included) for which a
 *                               household is traded, in basis points of its value: smaller gains are not worth the
 *                               trades (TRANSITION and the cash modes trade whatever the gain)
 * @param substitutes            groups of securities that may replace one another when a loss is harvested (close
 *                               in risk, not substantially identical); disjoint. HARVEST_ONLY buys only these
 * @param cashAmounts            per account, the amount to raise (CASH_RAISE) or to invest (CASH_INVEST), in
 *                               dollars, positive; only in those modes, which need at least one
 * @param screens                ESG, religious or client screens: the securities they exclude are never bought
 * @param screenedHoldings       what happens to shares held of a screened security: sold, or held as they are
 * @param shareIncrement         the smallest step of a trade's quantity: 1 for whole shares, 0.001 for thousandths
 *                               of a share; 1 must be a whole multiple of it
 * @param assetLocation          asset class → cost per dollar held in the wrong kind of account, from −1 to 1: a
 *                               positive cost is paid where a tax-inefficient class sits in a taxable account, a
 *                               negative one (its size) where a tax-efficient class sits in an IRA, Roth or
 *                               tax-exempt account
 */
public record Policy(TaxRates taxRates, BigDecimal taxWeight, BigDecimal riskAversion, BigDecimal driftTolerance,
        BigDecimal costBps, BigDecimal ticketCost, BigDecimal minTradeValue, BigDecimal cashReserve,
        Set<SecurityId> restricted, int washSaleDays, BigDecimal gainsBudget,
        List<Set<SecurityId>> substantiallyIdentical, Mode mode, BigDecimal minBenefitBps,
        List<Set<SecurityId>> substitutes, Map<AccountId, BigDecimal> cashAmounts, List<Screen> screens,
        ScreenedHoldings screenedHoldings, BigDecimal shareIncrement, Map<String, BigDecimal> assetLocation) {
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
        substantiallyIdentical = disjoint(substantiallyIdentical, "substantially identical");
        Require.present(mode, "mode");
        Require.nonNegative(minBenefitBps, "minimum benefit in basis points");
        substitutes = disjoint(substitutes, "substitute");
        cashAmounts = Collections.unmodifiableMap(new TreeMap<>(Require.present(cashAmounts, "cash amounts")));
        cashAmounts.forEach((account, amount) -> Require.positive(amount, "cash amount of " + account));
        if (mode.movesCash() && cashAmounts.isEmpty()) {
            throw new IllegalArgumentException("mode " + mode + " needs a cash amount for at least one account");
        }
        if (!mode.movesCash() && !cashAmounts.isEmpty()) {
            throw new IllegalArgumentException("cash amounts are for the CASH_RAISE and CASH_INVEST modes, not " + mode);
        }
        if (mode == Mode.TRANSITION && gainsBudget == null) {
            throw new IllegalArgumentException("mode TRANSITION needs a gains budget");
        }
        screens = List.copyOf(Require.present(screens, "screens"));
        if (screens.stream().map(Screen::name).distinct().count() < screens.size()) {
            throw new IllegalArgumentException("two screens have the same name");
        }
        Require.present(screenedHoldings, "screened holdings");
        requireShareIncrement(shareIncrement);
        for (var location : Require.present(assetLocation, "asset location").entrySet()) {
            Require.text(location.getKey(), "asset class of an asset location preference");
            Require.fraction(Require.present(location.getValue(), "asset location of " + location.getKey()).abs(),
                    "asset location of " + location.getKey() + " (its size)");
        }
        assetLocation = Collections.unmodifiableMap(new TreeMap<>(assetLocation));
    }

    /**
     * A rebalancing policy (1 bp minimum benefit, no substitutes) without screens, for whole shares and without
     * asset location preferences.
     */
    public Policy(TaxRates taxRates, BigDecimal taxWeight, BigDecimal riskAversion, BigDecimal driftTolerance,
            BigDecimal costBps, BigDecimal ticketCost, BigDecimal minTradeValue, BigDecimal cashReserve,
            Set<SecurityId> restricted, int washSaleDays, BigDecimal gainsBudget,
            List<Set<SecurityId>> substantiallyIdentical) {
        this(taxRates, taxWeight, riskAversion, driftTolerance, costBps, ticketCost, minTradeValue, cashReserve,
                restricted, washSaleDays, gainsBudget, substantiallyIdentical, Mode.REBALANCE, BigDecimal.ONE,
                List.of(), Map.of(), List.of(), ScreenedHoldings.SELL, BigDecimal.ONE, Map.of());
    }

    private static void requireShareIncrement(BigDecimal increment) {
        Require.positive(increment, "share increment");
        if (increment.compareTo(BigDecimal.ONE) > 0 || BigDecimal.ONE.remainder(increment).signum() != 0) {
            throw new IllegalArgumentException("share increment must divide one share evenly (1, 0.1, 0.001, ...),"
                    + " was " + increment.toPlainString());
        }
    }

    private static List<Set<SecurityId>> disjoint(List<Set<SecurityId>> given, String kind) {
        List<Set<SecurityId>> groups = new ArrayList<>();
        Map<SecurityId, Integer> seen = new HashMap<>();
        for (Set<SecurityId> group : Require.present(given, kind + " groups")) {
            for (SecurityId security : group) {
                if (seen.put(security, groups.size()) != null) {
                    throw new IllegalArgumentException(security + " is in two " + kind + " groups");
                }
            }
            groups.add(Set.copyOf(new TreeSet<>(group)));
        }
        return List.copyOf(groups);
    }

    /**
     * A sensible starting policy: top US rates (37% + 3.8% NIIT short, 20% + 3.8% long, no state tax), risk aversion
     * 10, 5 bp cost, no ticket cost, 30-day wash-sale window, no gains budget, each security identical only to
     * itself; rebalancing when the trades gain at least 1 bp of the household's value, no substitutes, no screens,
     * whole shares, no asset location preferences.
     */
    public static Policy standard() {
        return new Policy(TaxRates.TOP_FEDERAL, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("0.02"),
                new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("0.01"), Set.of(), 30, null,
                List.of());
    }

    /** This policy in another mode, with the cash amounts that mode needs (none outside the cash modes). */
    public Policy withMode(Mode newMode, Map<AccountId, BigDecimal> amounts) {
        return new Policy(taxRates, taxWeight, riskAversion, driftTolerance, costBps, ticketCost, minTradeValue,
                cashReserve, restricted, washSaleDays, gainsBudget, substantiallyIdentical, newMode, minBenefitBps,
                substitutes, amounts, screens, screenedHoldings, shareIncrement, assetLocation);
    }

    /** The same policy with these screens and what to do with screened shares held. */
    public Policy withScreens(List<Screen> newScreens, ScreenedHoldings held) {
        return new Policy(taxRates, taxWeight, riskAversion, driftTolerance, costBps, ticketCost, minTradeValue,
                cashReserve, restricted, washSaleDays, gainsBudget, substantiallyIdentical, mode, minBenefitBps,
                substitutes, cashAmounts, newScreens, held, shareIncrement, assetLocation);
    }

    /** The same policy trading in steps of {@code increment} shares. */
    public Policy withShareIncrement(BigDecimal increment) {
        return new Policy(taxRates, taxWeight, riskAversion, driftTolerance, costBps, ticketCost, minTradeValue,
                cashReserve, restricted, washSaleDays, gainsBudget, substantiallyIdentical, mode, minBenefitBps,
                substitutes, cashAmounts, screens, screenedHoldings, increment, assetLocation);
    }

    /** The same policy with these asset location preferences. */
    public Policy withAssetLocation(Map<String, BigDecimal> preferences) {
        return new Policy(taxRates, taxWeight, riskAversion, driftTolerance, costBps, ticketCost, minTradeValue,
                cashReserve, restricted, washSaleDays, gainsBudget, substantiallyIdentical, mode, minBenefitBps,
                substitutes, cashAmounts, screens, screenedHoldings, shareIncrement, preferences);
    }

    /** The screens that exclude this security, by name; none when it may be bought. */
    public List<String> screensExcluding(SecurityId security, SecurityAttributes attributes) {
        return screens.stream().filter(screen -> screen.excludes(security, attributes)).map(Screen::name).toList();
    }

    /** The cash amount of an account in the cash modes; zero for an account without one. */
    public BigDecimal cashAmount(AccountId account) {
        return cashAmounts.getOrDefault(account, BigDecimal.ZERO);
    }

    /** The securities that may replace this one in a harvest, itself excluded; none when it is in no group. */
    public Set<SecurityId> substitutesOf(SecurityId security) {
        return substitutes.stream().filter(group -> group.contains(security)).findFirst()
                .map(group -> group.stream().filter(member -> !member.equals(security))
                        .collect(Collectors.toCollection(TreeSet::new)))
                .map(Collections::unmodifiableSet).orElse(Set.of());
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
