package io.ballast.agent.optimize;

import io.ballast.agent.config.PolicySettings;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.Screen;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxRates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An optimizer policy as written in a what-if file: the keys of the configuration's {@code optimizer.policy}
 * section, each one optional. Tax rates come in parts ({@code taxRates}) or, the older form, combined by term
 * ({@code shortTermRate}, {@code longTermRate}); {@link PolicyBinding} refuses both at once.
 */
record PolicyFile(BigDecimal shortTermRate, BigDecimal longTermRate, TaxRatesEntry taxRates, BigDecimal taxWeight,
        BigDecimal riskAversion, BigDecimal driftTolerance, BigDecimal costBps, BigDecimal ticketCost,
        BigDecimal minTradeValue, BigDecimal cashReserve, List<String> restricted, Integer washSaleDays,
        BigDecimal gainsBudget, List<List<String>> substantiallyIdentical, Mode mode, BigDecimal minBenefitBps,
        List<List<String>> substitutes, Map<String, BigDecimal> cashAmounts, List<ScreenEntry> screens,
        String screenedHoldings, BigDecimal shareIncrement, Map<String, BigDecimal> assetLocation) {

    /** Rates in parts, each optional: federal short- and long-term, NIIT, state. */
    record TaxRatesEntry(BigDecimal federalShortTerm, BigDecimal federalLongTerm, BigDecimal niit, BigDecimal state) {
    }

    record ScreenEntry(String name, List<String> securities, List<String> assetClasses, List<String> tags) {
    }

    boolean givesCombinedRates() {
        return shortTermRate != null || longTermRate != null;
    }

    /** The policy with every key the file leaves out taken from {@code defaults}; screens already bound. */
    PolicySettings over(Policy defaults, List<Screen> boundScreens) {
        return new PolicySettings(rates(defaults.taxRates()), or(taxWeight, defaults.taxWeight()),
                or(riskAversion, defaults.riskAversion()), or(driftTolerance, defaults.driftTolerance()),
                or(costBps, defaults.costBps()), or(ticketCost, defaults.ticketCost()),
                or(minTradeValue, defaults.minTradeValue()), or(cashReserve, defaults.cashReserve()),
                or(restricted, defaults.restricted().stream().map(SecurityId::value).toList()),
                or(washSaleDays, defaults.washSaleDays()), or(gainsBudget, defaults.gainsBudget()),
                or(substantiallyIdentical, names(defaults.substantiallyIdentical())), or(mode, defaults.mode()),
                or(minBenefitBps, defaults.minBenefitBps()), or(substitutes, names(defaults.substitutes())),
                or(cashAmounts, Map.of()), screens == null ? defaults.screens() : boundScreens,
                screenedHoldings == null ? defaults.screenedHoldings()
                        : PolicySettings.screenedHoldings(screenedHoldings),
                or(shareIncrement, defaults.shareIncrement()), or(assetLocation, defaults.assetLocation()));
    }

    private static List<List<String>> names(List<Set<SecurityId>> groups) {
        return groups.stream().map(group -> group.stream().map(SecurityId::value).sorted().toList()).toList();
    }

    private TaxRates rates(TaxRates standard) {
        if (givesCombinedRates()) {
            return new TaxRates(or(shortTermRate, standard.shortTerm()), or(longTermRate, standard.longTerm()));
        }
        if (taxRates == null) {
            return standard;
        }
        return new TaxRates(or(taxRates.federalShortTerm(), standard.federalShortTerm()),
                or(taxRates.federalLongTerm(), standard.federalLongTerm()), or(taxRates.niit(), standard.niit()),
                or(taxRates.state(), standard.state()));
    }

    private static <T> T or(T given, T standard) {
        return given == null ? standard : given;
    }
}
