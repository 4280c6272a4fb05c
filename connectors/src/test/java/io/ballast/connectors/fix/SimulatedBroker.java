package io.ballast.connectors.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.connectors.fix.simulator.FixSimulator;
import io.ballast.connectors.fix.simulator.SimulatorConfig;
import io.ballast.connectors.fix.simulator.SimulatorSession;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.OrderType;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TimeInForce;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A simulator configured by the test and a gateway logged on to it in FIX 4.2 ("broker42") and 4.4 ("broker44"). */
final class SimulatedBroker implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-13T14:30:00Z"), ZoneOffset.UTC);
    static final Map<String, BigDecimal> PRICES = Map.of("VTI", new BigDecimal("262.10"));

    final FixSimulator simulator;
    final FixGateway gateway;
    final RecordingListener listener = new RecordingListener();

    private SimulatedBroker(FixSimulator simulator, Path store) {
        this.simulator = simulator;
        this.gateway = new FixGateway(List.of(
                new FixSessionConfig("broker42", "FIX.4.2", "BALLAST42", "SIM42", "localhost", simulator.port(), 30,
                        true, FixMessageStore.files(store), 1),
                new FixSessionConfig("broker44", "FIX.4.4", "BALLAST44", "SIM44", "localhost", simulator.port(), 30,
                        true, FixMessageStore.files(store), 1)),
                listener, CLOCK);
        listener.gateway.set(gateway);
    }

    /** Starts a simulator on a free port with three fills an order and the given seed, adjusted by {@code options}. */
    static SimulatedBroker start(Path directory, long seed, UnaryOperator<SimulatorConfig> options) {
        FixSimulator simulator = new FixSimulator(options.apply(new SimulatorConfig(0,
                List.of(new SimulatorSession("FIX.4.2", "SIM42", "BALLAST42"),
                        new SimulatorSession("FIX.4.4", "SIM44", "BALLAST44")),
                PRICES::get, 3, seed, Set.of(), null, CLOCK)));
        simulator.start();
        SimulatedBroker broker = new SimulatedBroker(simulator, directory.resolve("fix-store"));
        broker.gateway.start();
        assertThat(broker.gateway.awaitLogon("broker42", WAIT)).isTrue();
        assertThat(broker.gateway.awaitLogon("broker44", WAIT)).isTrue();
        return broker;
    }

    static BlockOrder buy(String clOrdId, String quantity) {
        return new BlockOrder(ClOrdId.of(clOrdId), SecurityId.of("VTI"), Side.BUY, new BigDecimal(quantity),
                OrderType.MARKET, null, TimeInForce.DAY);
    }

    List<ExecutionReport> awaitReports(ClOrdId clOrdId, int count) {
        await().atMost(WAIT).until(() -> listener.executionsOf(clOrdId).size() >= count);
        return listener.executionsOf(clOrdId);
    }

    /** The reports of an order once one of them says it can get no more fills. */
    List<ExecutionReport> awaitDone(ClOrdId clOrdId) {
        await().atMost(WAIT).until(() -> listener.executionsOf(clOrdId).stream()
                .anyMatch(report -> report.status().isTerminal()));
        return listener.executionsOf(clOrdId);
    }

    /**
     * Waits until everything sent on {@code session} so far has been answered in full: the simulator works messages
     * in arrival order on one thread and, without a delay, answers each order completely, so the reject of an order
     * in an unknown symbol sent now comes after all of it.
     */
    void awaitAllAnswered(String session) {
        BlockOrder marker = new BlockOrder(ClOrdId.of("MARKER-" + session + "-" + listener.executions.size()),
                SecurityId.of("UNKNOWN"), Side.BUY, BigDecimal.ONE, OrderType.MARKET, null, TimeInForce.DAY);
        gateway.send(session, marker);
        awaitDone(marker.clOrdId());
    }

    @Override
    public void close() {
        gateway.close();
        simulator.close();
    }
}
