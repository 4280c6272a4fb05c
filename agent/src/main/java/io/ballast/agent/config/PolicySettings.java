package io.ballast.agent.config;

import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxRates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The optimizer policy as written in the file; {@link #toPolicy()} gives the domain's. {@code gainsBudget} is null
 * where the file sets none.
 */
public record PolicySettings(BigDecimal shortTermRate, BigDecimal longTermRate, BigDecimal taxWeight,
        BigDecimal riskAversion, BigDecimal driftTolerance, BigDecimal costBps, BigDecimal ticketCost,
        BigDecimal minTradeValue, BigDecimal cashReserve, List<String> restricted, int washSaleDays,
        BigDecimal gainsBudget, List<List<String>> substantiallyIdentical) {
    public PolicySettings {
        restricted = List.copyOf(restricted);
        substantiallyIdentical = substantiallyIdentical.stream().map(List::copyOf).toList();
    }

    public Policy toPolicy() {
        List<Set<SecurityId>> groups = substantiallyIdentical.stream()
                .map(group -> group.stream().map(SecurityId::of).collect(Collectors.toSet())).toList();
        return new Policy(new TaxRates(shortTermRate, longTermRate), taxWeight, riskAversion, driftTolerance, costBps,
                ticketCost, minTradeValue, cashReserve,
                restricted.stream().map(SecurityId::of).collect(Collectors.toSet()), washSaleDays, gainsBudget, groups);
    }
}
