package io.ballast.agent.config;

import io.ballast.domain.AccountId;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.Screen;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxRates;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The optimizer policy as written in the file; {@link #toPolicy()} gives the domain's. {@code gainsBudget} is null
 * where the file sets none.
 */
public record PolicySettings(TaxRates taxRates, BigDecimal taxWeight, BigDecimal riskAversion,
        BigDecimal driftTolerance, BigDecimal costBps, BigDecimal ticketCost, BigDecimal minTradeValue,
        BigDecimal cashReserve, List<String> restricted, int washSaleDays, BigDecimal gainsBudget,
        List<List<String>> substantiallyIdentical, Mode mode, BigDecimal minBenefitBps,
        List<List<String>> substitutes, Map<String, BigDecimal> cashAmounts, List<Screen> screens,
        ScreenedHoldings screenedHoldings, BigDecimal shareIncrement, Map<String, BigDecimal> assetLocation) {
    public PolicySettings {
        restricted = List.copyOf(restricted);
        substantiallyIdentical = substantiallyIdentical.stream().map(List::copyOf).toList();
        substitutes = substitutes.stream().map(List::copyOf).toList();
        cashAmounts = Map.copyOf(cashAmounts);
        screens = List.copyOf(screens);
        assetLocation = Collections.unmodifiableMap(new LinkedHashMap<>(assetLocation));
    }

    public Policy toPolicy() {
        Map<AccountId, BigDecimal> amounts = new TreeMap<>();
        cashAmounts.forEach((account, amount) -> amounts.put(AccountId.of(account), amount));
        return new Policy(taxRates, taxWeight, riskAversion, driftTolerance, costBps, ticketCost, minTradeValue,
                cashReserve, restricted.stream().map(SecurityId::of).collect(Collectors.toSet()), washSaleDays,
                gainsBudget, groups(substantiallyIdentical), mode, minBenefitBps, groups(substitutes), amounts, screens,
                screenedHoldings, shareIncrement, assetLocation);
    }

    private static List<Set<SecurityId>> groups(List<List<String>> groups) {
        return groups.stream().map(group -> group.stream().map(SecurityId::of).collect(Collectors.toSet())).toList();
    }

    /** The screened-holdings setting as the file writes it: {@code sell} or {@code hold}. */
    public static ScreenedHoldings screenedHoldings(String written) {
        return ScreenedHoldings.valueOf(written.toUpperCase(Locale.ROOT));
    }

    /** A screen as the file writes it: a name and lists of securities, asset classes and tags, each optional. */
    public static Screen screen(String name, List<String> securities, List<String> assetClasses, List<String> tags) {
        return new Screen(name, securities.stream().map(SecurityId::of).collect(Collectors.toSet()),
                Set.copyOf(assetClasses), Set.copyOf(tags));
    }
}
