package io.ballast.connectors.fix.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatorConfigTest {
    private static final SimulatorConfig PLAIN = new SimulatorConfig(0,
            List.of(new SimulatorSession("FIX.4.4", "SIM", "CLIENT")), symbol -> BigDecimal.TEN, 2, 1L, Set.of(), null,
            Clock.systemUTC());

    @Test
    void theShortConstructorAnswersAtOnceWithoutChance() {
        assertThat(PLAIN.executionDelay()).isZero();
        assertThat(PLAIN.bustRate()).isZero();
        assertThat(PLAIN.correctRate()).isZero();
        assertThat(PLAIN.rejectRate()).isZero();
    }

    @Test
    void withersChangeOneOptionEach() {
        SimulatorConfig config = PLAIN.withExecutionDelay(Duration.ofMillis(200)).withBustRate(0.05)
                .withCorrectRate(0.1).withRejectRate(0.2);

        assertThat(config.executionDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.bustRate()).isEqualTo(0.05);
        assertThat(config.correctRate()).isEqualTo(0.1);
        assertThat(config.rejectRate()).isEqualTo(0.2);
        assertThat(config.seed()).isEqualTo(PLAIN.seed());
    }

    @Test
    void ratesOutsideZeroToOneAndNegativeDelaysAreRefused() {
        assertThatThrownBy(() -> PLAIN.withRejectRate(1.5)).hasMessage("reject rate must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> PLAIN.withBustRate(Double.NaN)).hasMessage("bust rate must be between 0 and 1, was NaN");
        assertThatThrownBy(() -> PLAIN.withBustRate(0.6).withCorrectRate(0.6))
                .hasMessage("bust rate and correct rate together must be at most 1, were 0.6 and 0.6");
        assertThatThrownBy(() -> PLAIN.withExecutionDelay(Duration.ofSeconds(-1)))
                .hasMessage("execution delay must not be negative, was PT-1S");
    }
}
