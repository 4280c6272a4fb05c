package io.ballast.optimizer;

import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxRates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Policies for tests: the standard rates and wash-sale window, with the knobs a test turns. */
final class Policies {
    static final TaxRates RATES = new TaxRates(new BigDecimal("0.408"), new BigDecimal("0.238"));

    private Policies() {
    }

    /** Risk aversion 100: a hand-checked household ends on its model unless tax or a rule says otherwise. */
    static final BigDecimal RISK_AVERSION = new BigDecimal("100");

    static Policy of(String taxWeight, String driftTolerance, String minTradeValue, String cashReserve,
            Set<SecurityId> restricted) {
        return new Policy(RATES, new BigDecimal(taxWeight), RISK_AVERSION, new BigDecimal(driftTolerance),
                new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal(minTradeValue), new BigDecimal(cashReserve),
                restricted, 30, null, List.of(), Mode.REBALANCE, BigDecimal.ZERO, List.of(), Map.of(), List.of(),
                ScreenedHoldings.SELL, BigDecimal.ONE, Map.of());
    }

    /** The same policy with trading free of cost, so the solver is indifferent to a needless buy-and-sell pair. */
    static Policy withoutCost(Policy policy) {
        return new Policy(policy.taxRates(), policy.taxWeight(), policy.riskAversion(), policy.driftTolerance(),
                BigDecimal.ZERO, policy.ticketCost(), policy.minTradeValue(), policy.cashReserve(), policy.restricted(),
                policy.washSaleDays(), policy.gainsBudget(), policy.substantiallyIdentical(), policy.mode(),
                policy.minBenefitBps(), policy.substitutes(), policy.cashAmounts(), policy.screens(), policy.screenedHoldings(),
                policy.shareIncrement(), policy.assetLocation());
    }

    /** The same policy with a cap on the net gain a proposal may realise. */
    static Policy withGainsBudget(Policy policy, BigDecimal gainsBudget) {
        return new Policy(policy.taxRates(), policy.taxWeight(), policy.riskAversion(), policy.driftTolerance(),
                policy.costBps(), policy.ticketCost(), policy.minTradeValue(), policy.cashReserve(), policy.restricted(),
                policy.washSaleDays(), gainsBudget, policy.substantiallyIdentical(), policy.mode(),
                policy.minBenefitBps(), policy.substitutes(), policy.cashAmounts(), policy.screens(), policy.screenedHoldings(),
                policy.shareIncrement(), policy.assetLocation());
    }

    /** The same policy with one group of substantially identical securities. */
    static Policy withIdentical(Policy policy, Set<SecurityId> group) {
        return new Policy(policy.taxRates(), policy.taxWeight(), policy.riskAversion(), policy.driftTolerance(),
                policy.costBps(), policy.ticketCost(), policy.minTradeValue(), policy.cashReserve(), policy.restricted(),
                policy.washSaleDays(), policy.gainsBudget(), List.of(group), policy.mode(), policy.minBenefitBps(),
                policy.substitutes(), policy.cashAmounts(), policy.screens(), policy.screenedHoldings(),
                policy.shareIncrement(), policy.assetLocation());
    }

    /** The same policy with another minimum benefit and substitute groups. */
    static Policy withBenefitAndSubstitutes(Policy policy, String minBenefitBps, List<Set<SecurityId>> substitutes) {
        return new Policy(policy.taxRates(), policy.taxWeight(), policy.riskAversion(), policy.driftTolerance(),
                policy.costBps(), policy.ticketCost(), policy.minTradeValue(), policy.cashReserve(), policy.restricted(),
                policy.washSaleDays(), policy.gainsBudget(), policy.substantiallyIdentical(), policy.mode(),
                new BigDecimal(minBenefitBps), substitutes, policy.cashAmounts(), policy.screens(), policy.screenedHoldings(),
                policy.shareIncrement(), policy.assetLocation());
    }

    /** No tolerance, minimum trade or reserve to blur a hand-checked answer. */
    static Policy plain() {
        return of("1", "0", "0", "0", Set.of());
    }
}
