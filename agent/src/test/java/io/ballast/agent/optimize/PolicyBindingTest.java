package io.ballast.agent.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.Policy;
import io.ballast.domain.Screen;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
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
                standard.substitutes(), standard.cashAmounts(), standard.screens(), standard.screenedHoldings(),
                standard.shareIncrement(), standard.assetLocation()));
    }

    @Test
    void theShippedExampleIsTheStandardPolicyRestrictingXom() throws InputException {
        Policy policy = PolicyBinding.read(Path.of("..", "config", "examples", "policy.json"));

        assertThat(policy.taxRates()).isEqualTo(Policy.standard().taxRates());
        assertThat(policy.driftTolerance()).isEqualByComparingTo("0.02");
        assertThat(policy.restricted()).containsExactly(SecurityId.of("XOM"));
        assertThat(policy.washSaleDays()).isEqualTo(30);
    }

    @Test
    void readsRatesInPartsScreensTheIncrementAndAssetLocation() throws InputException {
        Policy policy = PolicyBinding.read(Path.of("src", "test", "resources", "optimize", "screening-policy.json"));

        // 37% + 3.8% + 9.3% short, 20% + 3.8% + 9.3% long: the parts left out are the standard's
        assertThat(policy.taxRates().shortTerm()).isEqualByComparingTo("0.501");
        assertThat(policy.taxRates().longTerm()).isEqualByComparingTo("0.331");
        assertThat(policy.screens()).containsExactly(new Screen("tobacco", Set.of(), Set.of(), Set.of("tobacco")));
        assertThat(policy.screenedHoldings()).isEqualTo(ScreenedHoldings.SELL);
        assertThat(policy.shareIncrement()).isEqualByComparingTo("0.001");
        assertThat(policy.assetLocation()).containsExactly(Map.entry("US bonds", new BigDecimal("0.004")));
    }

    @Test
    void bothFormsOfTheRatesAreRefused() {
        assertThatThrownBy(() -> PolicyBinding.read(Path.of("src", "test", "resources", "optimize",
                "both-rate-forms.json"))).isInstanceOf(InputException.class).hasMessageEndingWith(
                        "$.taxRates: give the tax rates either in parts (taxRates) or combined (shortTermRate,"
                                + " longTermRate), not both");
    }
}
