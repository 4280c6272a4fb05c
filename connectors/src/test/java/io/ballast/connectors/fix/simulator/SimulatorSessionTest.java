package io.ballast.connectors.fix.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimulatorSessionTest {
    @Test
    void parsesVersionSimulatorAndClientCompIds() {
        assertThat(SimulatorSession.parse("FIX.4.2:DEMO-BROKER:BALLAST"))
                .isEqualTo(new SimulatorSession("FIX.4.2", "DEMO-BROKER", "BALLAST"));
    }

    @Test
    void aSpecWithoutThreePartsOrWithAnUnknownVersionFails() {
        assertThatThrownBy(() -> SimulatorSession.parse("FIX.4.4:BROKER"))
                .hasMessageStartingWith("session 'FIX.4.4:BROKER' must be BEGINSTRING:SIMULATOR-COMPID:CLIENT-COMPID");
        assertThatThrownBy(() -> SimulatorSession.parse("FIX.5.0:BROKER:BALLAST"))
                .hasMessage("session 'FIX.5.0:BROKER:BALLAST': simulator BeginString must be FIX.4.2 or FIX.4.4, "
                        + "was FIX.5.0");
    }
}
