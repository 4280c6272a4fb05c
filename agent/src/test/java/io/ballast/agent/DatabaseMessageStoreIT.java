package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.connectors.fix.FixEventListener;
import io.ballast.connectors.fix.FixGateway;
import io.ballast.connectors.fix.FixMessageStore;
import io.ballast.connectors.fix.FixReject;
import io.ballast.connectors.fix.FixSessionConfig;
import io.ballast.connectors.fix.FixSessionStatus;
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
import io.ballast.ledger.testing.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A FIX session whose message store is the ledger database keeps its sequence numbers across a restart. */
class DatabaseMessageStoreIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-13T14:30:00Z"), ZoneOffset.UTC);
    private static final String SESSION = "broker";

    private final List<ExecutionReport> reports = new CopyOnWriteArrayList<>();
    private final List<FixReject> rejects = new CopyOnWriteArrayList<>();
    private FixSimulator simulator;
    private FixGateway gateway;

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRestartedGatewayCarriesOnTheSequenceNumbersKeptInTheDatabase(Database database) throws SQLException {
        DataSource ledger = database.fresh();
        // in memory on the simulator's side: it keeps its sequence numbers while it runs, across our restart
        simulator = new FixSimulator(new SimulatorConfig(0, List.of(new SimulatorSession("FIX.4.4", "SIM", "BALLAST")),
                symbol -> new BigDecimal("262.10"), 3, 42L, Set.of(), null, CLOCK));
        simulator.start();

        gateway = loggedOnGateway(ledger);
        ClOrdId order = ClOrdId.of("BAL-20260313-000001");
        gateway.send(SESSION, new BlockOrder(order, SecurityId.of("VTI"), Side.BUY, new BigDecimal("300"),
                OrderType.MARKET, null, TimeInForce.DAY));
        await().atMost(WAIT).until(() -> reports.stream().anyMatch(r -> r.status() == OrderStatus.FILLED));
        FixSessionStatus before = gateway.status().get(0);
        gateway.close();

        gateway = loggedOnGateway(ledger);
        FixSessionStatus after = gateway.status().get(0);

        assertThat(before.nextSenderSeqNum()).isGreaterThan(2);
        assertThat(before.nextTargetSeqNum()).isGreaterThan(5);
        assertThat(after.nextSenderSeqNum()).as("the new logon follows on").isGreaterThan(before.nextSenderSeqNum());
        assertThat(after.nextTargetSeqNum()).isGreaterThan(before.nextTargetSeqNum());
        assertThat(rejects).isEmpty();
        assertThat(sentMessages(ledger)).anySatisfy(message -> assertThat(message)
                .contains("\u000135=D\u0001", "\u000111=" + order + "\u0001"));
    }

    private FixGateway loggedOnGateway(DataSource ledger) {
        FixGateway started = new FixGateway(List.of(new FixSessionConfig(SESSION, "FIX.4.4", "BALLAST", "SIM",
                "localhost", simulator.port(), 30, false, FixMessageStore.database(ledger), 1)),
                new Recorder(), CLOCK);
        started.start();
        assertThat(started.awaitLogon(SESSION, WAIT)).isTrue();
        return started;
    }

    private static List<String> sentMessages(DataSource ledger) throws SQLException {
        List<String> messages = new ArrayList<>();
        try (Connection connection = ledger.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT message FROM messages ORDER BY msgseqnum")) {
            while (rows.next()) {
                messages.add(rows.getString(1));
            }
        }
        return messages;
    }

    private final class Recorder implements FixEventListener {
        @Override
        public void onExecution(String session, ExecutionReport report) {
            reports.add(report);
        }

        @Override
        public void onReject(String session, FixReject reject) {
            rejects.add(reject);
        }

        @Override
        public void onAllocationAck(String session, String allocId, boolean accepted, String text) {
            // no allocation instructions in this test
        }

        @Override
        public void onSessionEvent(String session, String event) {
            // logons are awaited through the gateway itself
        }
    }
}
