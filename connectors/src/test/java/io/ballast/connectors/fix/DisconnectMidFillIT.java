package io.ballast.connectors.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.connectors.fix.simulator.FixSimulator;
import io.ballast.connectors.fix.simulator.SimulatorConfig;
import io.ballast.connectors.fix.simulator.SimulatorSession;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TimeInForce;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quickfix.Session;
import quickfix.SessionID;

/**
 * A session that drops in the middle of an order's fills and logs on again with its sequence numbers kept: the
 * fills the counterparty sent meanwhile come back through a resend request (PossDupFlag set), each exactly once.
 */
class DisconnectMidFillIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"FIX.4.2", "FIX.4.4"})
    void fillsSentWhileDisconnectedAreResentAfterTheReconnect(String beginString) throws Exception {
        RecordingListener listener = new RecordingListener();
        try (FixSimulator simulator = new FixSimulator(new SimulatorConfig(0,
                List.of(new SimulatorSession(beginString, "SIM", "BALLAST")), symbol -> new BigDecimal("262.10"), 6,
                42L, Set.of(), null, SimulatedBroker.CLOCK, Duration.ofMillis(300), 0, 0, 0, BigDecimal.ZERO))) {
            simulator.start();
            try (FixGateway gateway = new FixGateway(List.of(new FixSessionConfig("broker", beginString, "BALLAST",
                    "SIM", "localhost", simulator.port(), 30, false, FixMessageStore.files(directory), 1)), listener,
                    SimulatedBroker.CLOCK)) {
                gateway.start();
                assertThat(gateway.awaitLogon("broker", WAIT)).isTrue();
                ClOrdId clOrdId = ClOrdId.of("GAP-" + beginString);
                gateway.send("broker", new BlockOrder(clOrdId, SecurityId.of("VTI"), Side.BUY, new BigDecimal("600"),
                        OrderType.MARKET, null, TimeInForce.DAY));
                await().atMost(WAIT).until(() -> listener.executionsOf(clOrdId).stream()
                        .anyMatch(ExecutionReport::isFill));

                Session.lookupSession(new SessionID(beginString, "BALLAST", "SIM")).disconnect("test: line dropped",
                        false);

                await().atMost(WAIT).until(() -> listener.executionsOf(clOrdId).stream()
                        .anyMatch(report -> report.status() == OrderStatus.FILLED));
                List<ExecutionReport> reports = listener.executionsOf(clOrdId);
                List<ExecutionReport> fills = reports.stream().filter(ExecutionReport::isFill).toList();
                assertThat(fills).hasSize(6).extracting(ExecutionReport::execId).doesNotHaveDuplicates();
                assertThat(fills.stream().map(ExecutionReport::lastQuantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo("600");
                assertThat(reports).as("some fills came back through the resend")
                        .anySatisfy(report -> assertThat(report.source()).contains("|43=Y|"));
                assertThat(listener.sessionEvents).containsSubsequence("broker:logon", "broker:logout",
                        "broker:logon");
            }
        }
    }
}
