package io.ballast.connectors.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulator's seeded rejects and its delay between executions, seen through the gateway in FIX 4.2 and 4.4. */
class SimulatorRejectsAndDelayIT {
    private static final int ORDERS = 12;

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void theSameSeedRejectsTheSameOrders(String session) {
        List<Boolean> first = rejections(session, directory.resolve("first"));
        List<Boolean> second = rejections(session, directory.resolve("second"));

        assertThat(second).isEqualTo(first);
        assertThat(first).contains(true, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void delayedExecutionsArriveInOrder(String session) {
        try (SimulatedBroker broker = SimulatedBroker.start(directory, 7L,
                config -> config.withExecutionDelay(Duration.ofMillis(20)))) {
            BlockOrder first = SimulatedBroker.buy("EARLY-" + session, "300");
            BlockOrder second = SimulatedBroker.buy("LATE-" + session, "300");
            broker.gateway.send(session, first);
            broker.gateway.send(session, second);
            broker.awaitDone(first.clOrdId());
            broker.awaitDone(second.clOrdId());

            List<String> arrivals = broker.listener.executions.stream().map(received -> received.report().execId())
                    .toList();
            for (BlockOrder order : List.of(first, second)) {
                List<ExecutionReport> reports = broker.listener.executionsOf(order.clOrdId());
                assertThat(reports).extracting(ExecutionReport::type).containsExactly(ExecutionType.NEW,
                        ExecutionType.TRADE, ExecutionType.TRADE, ExecutionType.TRADE);
                assertThat(reports).extracting(ExecutionReport::cumulativeQuantity).isSorted();
                assertThat(reports.get(3).status()).isEqualTo(OrderStatus.FILLED);
            }
            // Each order's executions keep their pace: the earlier order's n-th fill comes before the later one's.
            for (int n = 1; n <= 3; n++) {
                assertThat(arrivals.indexOf(execId(broker, first.clOrdId(), n)))
                        .isLessThan(arrivals.indexOf(execId(broker, second.clOrdId(), n)));
            }
        }
    }

    /** Which of a run's orders were rejected, in the order they were sent. */
    private static List<Boolean> rejections(String session, Path runDirectory) {
        try (SimulatedBroker broker = SimulatedBroker.start(runDirectory, 5L, config -> config.withRejectRate(0.5))) {
            List<ClOrdId> sent = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                BlockOrder order = SimulatedBroker.buy("SEEDED-" + session + "-" + i, "10");
                broker.gateway.send(session, order);
                sent.add(order.clOrdId());
            }
            broker.awaitAllAnswered(session);
            List<Boolean> rejected = new ArrayList<>();
            for (ClOrdId clOrdId : sent) {
                ExecutionReport last = broker.awaitDone(clOrdId).get(broker.listener.executionsOf(clOrdId).size() - 1);
                if (last.type() == ExecutionType.REJECTED) {
                    assertThat(last.text()).isEqualTo("order rejected by the simulator's reject rate");
                    assertThat(last.cumulativeQuantity()).isEqualByComparingTo("0");
                } else {
                    assertThat(last.status()).isEqualTo(OrderStatus.FILLED);
                }
                rejected.add(last.type() == ExecutionType.REJECTED);
            }
            return rejected;
        }
    }

    private static String execId(SimulatedBroker broker, ClOrdId clOrdId, int fill) {
        return broker.listener.executionsOf(clOrdId).get(fill).execId();
    }
}
