package io.ballast.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.OrderStatus;
import io.ballast.routes.CycleMessages.PositionsLoaded;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void anExecutionReportSurvivesTheQueueExactly() {
        ExecutionReport report = new ExecutionReport(ClOrdId.of("BAL-20261125-000002"),
                ClOrdId.of("BAL-20261125-000001"), "E-7", "E-6", ExecutionType.TRADE_CORRECT,
                OrderStatus.PARTIALLY_FILLED, new BigDecimal("100"), new BigDecimal("287.41"), new BigDecimal("300"),
                new BigDecimal("287.403333"), new BigDecimal("50"), new BigDecimal("0.50"), null,
                Instant.parse("2026-11-25T15:04:05.123Z"), "8=FIX.4.4|35=8|17=E-7|");
        InboundExecution inbound = new InboundExecution("demo-broker", report);

        InboundExecution read = Json.read(Json.write(inbound), InboundExecution.class);

        assertThat(read).isEqualTo(inbound);
        assertThat(read.report().averagePrice()).isEqualByComparingTo("287.403333");
        assertThat(read.report().commission()).isEqualByComparingTo("0.50");
    }

    @Test
    void aLoadEventKeepsItsDatesAsIsoText() {
        PositionsLoaded loaded = new PositionsLoaded(3, "demo-custodian", "positions.csv", LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 25), List.of("HH-0001", "HH-0002"), 0);

        String json = Json.write(loaded);

        assertThat(json).contains("\"asOf\":\"2026-11-24\"");
        assertThat(Json.read(json, PositionsLoaded.class)).isEqualTo(loaded);
    }

    @Test
    void aMessageThatIsNotJsonIsRefusedWithItsType() {
        assertThatThrownBy(() -> Json.read("{not json", PositionsLoaded.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a PositionsLoaded");
    }
}
