package io.ballast.agent.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyBindingTest {

    @Test
    void keysLeftOutTakeTheStandardPolicysValues() throws InputException {
        Policy policy = PolicyBinding.read(Path.of("src", "test", "resources", "optimize", "partial-policy.json"));

        Policy standard = Policy.standard();
        assertThat(policy).isEqualTo(new Policy(standard.taxRates(), standard.taxWeight(), standard.riskAversion(),
                new BigDecimal("0.05"), standard.costBps(), standard.ticketCost(), standard.minTradeValue(),
                standard.cashReserve(), Set.of(SecurityId.of("XOM"), SecurityId.of("CVX")), standard.washSaleDays(),
                standard.gainsBudget(), standard.substantiallyIdentical(), standard.mode(), standard.minBenefitBps(),
                standard.substitutes(), standard.cashAmounts()));
    }

    @Test
    void theShippedExampleIsTheStandardPolicyRestrictingXom() throws InputException {
        Policy policy = PolicyBinding.read(Path.of("..", "config", "examples", "policy.json"));

        assertThat(policy.taxRates()).isEqualTo(Policy.standard().taxRates());
        assertThat(policy.driftTolerance()).isEqualByComparingTo("0.02");
        assertThat(policy.restricted()).containsExactly(SecurityId.of("XOM"));
        assertThat(policy.washSaleDays()).isEqualTo(30);
    }
}
