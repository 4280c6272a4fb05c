package io.ballast.connectors.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.BlockOrder;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Busts and corrections from the simulator, read by the gateway in FIX 4.2 and 4.4. */
class SimulatorAmendmentsIT {
    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void everyBustedFillIsFilledAgainAndTheOrderCompletes(String session) {
        try (SimulatedBroker broker = SimulatedBroker.start(directory, 7L, config -> config.withBustRate(1))) {
            BlockOrder order = SimulatedBroker.buy("BUST-" + session, "300");
            broker.gateway.send(session, order);

            List<ExecutionReport> reports = broker.awaitReports(order.clOrdId(), 10);

            assertThat(reports).extracting(ExecutionReport::type).containsExactly(ExecutionType.NEW,
                    ExecutionType.TRADE, ExecutionType.TRADE_CANCEL, ExecutionType.TRADE,
                    ExecutionType.TRADE, ExecutionType.TRADE_CANCEL, ExecutionType.TRADE,
                    ExecutionType.TRADE, ExecutionType.TRADE_CANCEL, ExecutionType.TRADE);
            assertThat(reports.get(8).status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
            assertConsistent(order, reports);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void everyFillIsCorrectedWithoutChangingTheQuantity(String session) {
        try (SimulatedBroker broker = SimulatedBroker.start(directory, 7L, config -> config.withCorrectRate(1))) {
            BlockOrder order = SimulatedBroker.buy("CORRECT-" + session, "300");
            broker.gateway.send(session, order);

            List<ExecutionReport> reports = broker.awaitReports(order.clOrdId(), 7);

            assertThat(reports).extracting(ExecutionReport::type).containsExactly(ExecutionType.NEW,
                    ExecutionType.TRADE, ExecutionType.TRADE_CORRECT, ExecutionType.TRADE,
                    ExecutionType.TRADE_CORRECT, ExecutionType.TRADE, ExecutionType.TRADE_CORRECT);
            for (int i = 1; i < reports.size(); i += 2) {
                assertThat(reports.get(i + 1).cumulativeQuantity())
                        .isEqualByComparingTo(reports.get(i).cumulativeQuantity());
                assertThat(reports.get(i + 1).lastPrice()).isLessThan(reports.get(i).lastPrice());
            }
            assertConsistent(order, reports);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void seededBustsAndCorrectionsLeaveEveryOrderFilled(String session) {
        try (SimulatedBroker broker = SimulatedBroker.start(directory, 11L,
                config -> config.withBustRate(0.3).withCorrectRate(0.3))) {
            List<BlockOrder> orders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                orders.add(SimulatedBroker.buy("MIX-" + session + "-" + i, "100"));
                broker.gateway.send(session, orders.get(i));
            }
            broker.awaitAllAnswered(session);

            List<ExecutionType> types = new ArrayList<>();
            for (BlockOrder order : orders) {
                List<ExecutionReport> reports = broker.listener.executionsOf(order.clOrdId());
                reports.forEach(report -> types.add(report.type()));
                assertConsistent(order, reports);
            }
            assertThat(types).contains(ExecutionType.TRADE_CANCEL, ExecutionType.TRADE_CORRECT);
        }
    }

    /**
     * Replays the reports the way a book would (a trade adds, a bust takes its quantity and price back out, a
     * correction reprices the trade before it) and checks every report's cumulative figures against that replay,
     * ending filled at the full quantity.
     */
    private static void assertConsistent(BlockOrder order, List<ExecutionReport> reports) {
        assertThat(reports.get(0).type()).isEqualTo(ExecutionType.NEW);
        assertThat(reports).extracting(ExecutionReport::execId).doesNotHaveDuplicates();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal notional = BigDecimal.ZERO;
        ExecutionReport lastTrade = null;
        for (ExecutionReport report : reports.subList(1, reports.size())) {
            switch (report.type()) {
                case TRADE -> {
                    cumulative = cumulative.add(report.lastQuantity());
                    notional = notional.add(report.lastQuantity().multiply(report.lastPrice()));
                    lastTrade = report;
                }
                case TRADE_CANCEL -> {
                    assertThat(lastTrade).isNotNull();
                    assertThat(report.lastQuantity()).isEqualByComparingTo(lastTrade.lastQuantity());
                    cumulative = cumulative.subtract(report.lastQuantity());
                    notional = notional.subtract(report.lastQuantity().multiply(report.lastPrice()));
                    lastTrade = null;
                }
                case TRADE_CORRECT -> {
                    assertThat(lastTrade).isNotNull();
                    notional = notional.add(lastTrade.lastQuantity()
                            .multiply(report.lastPrice().subtract(lastTrade.lastPrice())));
                    lastTrade = report;
                }
                default -> throw new AssertionError("unexpected " + report.type() + " in " + reports);
            }
            assertThat(report.cumulativeQuantity()).as("CumQty of %s", report.execId()).isEqualByComparingTo(cumulative);
            assertThat(report.leavesQuantity()).as("LeavesQty of %s", report.execId())
                    .isEqualByComparingTo(order.quantity().subtract(cumulative));
            BigDecimal average = cumulative.signum() == 0 ? BigDecimal.ZERO
                    : notional.divide(cumulative, 6, RoundingMode.HALF_EVEN);
            assertThat(report.averagePrice()).as("AvgPx of %s", report.execId()).isEqualByComparingTo(average);
        }
        ExecutionReport last = reports.get(reports.size() - 1);
        assertThat(last.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(last.cumulativeQuantity()).isEqualByComparingTo(order.quantity());
    }
}
