package io.ballast.agent.optimize;

import io.ballast.agent.config.PolicySettings;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An optimizer policy as written in a what-if file: the keys of the configuration's {@code optimizer.policy}
 * section, each one optional.
 */
record PolicyFile(BigDecimal shortTermRate, BigDecimal longTermRate, BigDecimal taxWeight, BigDecimal riskAversion,
        BigDecimal driftTolerance, BigDecimal costBps, BigDecimal ticketCost, BigDecimal minTradeValue,
        BigDecimal cashReserve, List<String> restricted, Integer washSaleDays, BigDecimal gainsBudget,
        List<List<String>> substantiallyIdentical, Mode mode, BigDecimal minBenefitBps, List<List<String>> substitutes,
        Map<String, BigDecimal> cashAmounts) {

    /** The policy with every key the file leaves out taken from {@code defaults}. */
    PolicySettings over(Policy defaults) {
        return new PolicySettings(or(shortTermRate, defaults.taxRates().shortTerm()),
                or(longTermRate, defaults.taxRates().longTerm()), or(taxWeight, defaults.taxWeight()),
                or(riskAversion, defaults.riskAversion()), or(driftTolerance, defaults.driftTolerance()),
                or(costBps, defaults.costBps()), or(ticketCost, defaults.ticketCost()),
                or(minTradeValue, defaults.minTradeValue()), or(cashReserve, defaults.cashReserve()),
                or(restricted, defaults.restricted().stream().map(SecurityId::value).toList()),
                or(washSaleDays, defaults.washSaleDays()), or(gainsBudget, defaults.gainsBudget()),
                or(substantiallyIdentical, names(defaults.substantiallyIdentical())), or(mode, defaults.mode()),
                or(minBenefitBps, defaults.minBenefitBps()), or(substitutes, names(defaults.substitutes())),
                or(cashAmounts, Map.of()));
    }

    private static List<List<String>> names(List<Set<SecurityId>> groups) {
        return groups.stream().map(group -> group.stream().map(SecurityId::value).sorted().toList()).toList();
    }

    private static <T> T or(T given, T standard) {
        return given == null ? standard : given;
    }
}
