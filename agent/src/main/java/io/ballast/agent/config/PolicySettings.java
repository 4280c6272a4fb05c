package io.ballast.agent.config;

import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxRates;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The optimizer policy as written in the file; {@link #toPolicy()} gives the domain's. */
public record PolicySettings(BigDecimal shortTermRate, BigDecimal longTermRate, BigDecimal taxWeight,
        BigDecimal driftTolerance, BigDecimal costBps, BigDecimal minTradeValue, BigDecimal cashReserve,
        List<String> restricted, int washSaleDays) {
    public PolicySettings {
        restricted = List.copyOf(restricted);
    }

    public Policy toPolicy() {
        return new Policy(new TaxRates(shortTermRate, longTermRate), taxWeight, driftTolerance, costBps,
                minTradeValue, cashReserve, restricted.stream().map(SecurityId::of).collect(Collectors.toSet()),
                washSaleDays);
    }
}
