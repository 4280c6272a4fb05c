package io.ballast.connectors.fix.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillScheduleTest {
    @Test
    void splitsIntoEqualPartsWithTheRestLast() {
        assertThat(FillSchedule.split(new BigDecimal("100"), 3)).containsExactly(new BigDecimal("33"),
                new BigDecimal("33"), new BigDecimal("34"));
    }

    @Test
    void keepsTheQuantitysOwnPrecision() {
        List<BigDecimal> fills = FillSchedule.split(new BigDecimal("10.5"), 4);

        assertThat(fills).containsExactly(new BigDecimal("2.6"), new BigDecimal("2.6"), new BigDecimal("2.6"),
                new BigDecimal("2.7"));
    }

    @Test
    void fillsTooSmallAQuantityInOneGo() {
        assertThat(FillSchedule.split(new BigDecimal("2"), 3)).containsExactly(new BigDecimal("2"));
    }
}
