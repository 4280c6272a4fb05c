package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.agent.demo.DemoBook;
import io.ballast.connectors.custodian.BallastCsvFormat;
import io.ballast.connectors.fix.simulator.FixSimulator;
import io.ballast.connectors.fix.simulator.SimulatorConfig;
import io.ballast.connectors.fix.simulator.SimulatorSession;
import io.ballast.connectors.sftp.EmbeddedSftpServer;
import io.ballast.connectors.sftp.SftpServerConfig;
import io.ballast.domain.CustodianSnapshot;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built agent, killed with SIGKILL while its orders are being filled and started again on the same ledger
 * (PostgreSQL, read by this test while the agent runs) and broker journal: the counterparty receives every order
 * exactly once, every order ends filled and allocated, and the agent asked after the orders it was unsure of.
 * <ul>
 * <li>With the default {@code resetOnLogon: true} the fills sent while the agent was down come back as the
 * cumulative figures of the status answers.</li>
 * <li>With {@code resetOnLogon: false} they come back one by one through the resend the agent asks for at logon,
 * each with its ExecID; then the counterparty busts a fill of a block already allocated, and the agent takes the
 * allocation back and allocates the block again at its new average price.</li>
 * </ul>
 */
class AgentKilledMidTradingIT {
    private static final Path JAR = Path.of("target", "ballast.jar").toAbsolutePath();
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final String RESET_ON_LOGON_DEFAULT = "# resetOnLogon: true";

    @TempDir
    Path directory;

    @Test
    void withSequenceNumbersResetTheStatusAnswersRecoverTheFillsMissed() throws Exception {
        killMidTradingAndRestart("FIX.4.2", true, (ledger, broker) -> {
        });
    }

    @Test
    void withSequenceNumbersKeptTheMissedFillsAreResentAndABustIsReallocated() throws Exception {
        killMidTradingAndRestart("FIX.4.4", false, (ledger, broker) -> {
            assertThat(count(ledger, "SELECT COUNT(*) FROM block_order b WHERE b.cum_qty <> (SELECT"
                    + " COALESCE(SUM(e.last_qty), 0) FROM execution e WHERE e.block_id = b.id AND e.exec_type ="
                    + " 'TRADE')")).as("every fill arrived with its ExecID, the missed ones through the resend")
                    .isZero();
            String busted = strings(ledger, "SELECT clordid FROM block_order WHERE side = 'BUY' ORDER BY clordid")
                    .get(0);
            BigDecimal before = decimal(ledger, "SELECT avg_px FROM block_order WHERE clordid = '" + busted + "'");
            assertThat(broker.bustLastFill(busted)).isTrue();
            await().atMost(WAIT).until(() -> decimal(ledger, "SELECT avg_px FROM block_order WHERE clordid = '"
                    + busted + "'").compareTo(before) != 0 && allDone(ledger));
            assertThat(count(ledger, "SELECT COUNT(*) FROM allocation a JOIN block_order b ON b.id = a.block_id"
                    + " WHERE b.clordid = '" + busted + "' AND a.avg_price <> b.avg_px")).as("re-allocated")
                    .isZero();
            assertThat(count(ledger, "SELECT COUNT(*) FROM order_event e JOIN block_order b ON b.id = e.block_id"
                    + " WHERE b.clordid = '" + busted + "' AND e.event = 'TRADE_CANCEL' AND e.applied"))
                    .isEqualTo(1);
        });
    }

    /** What a scenario checks once the restarted agent has filled and allocated every order. */
    private interface AfterRecovery {
        void check(String ledger, FixSimulator broker) throws Exception;
    }

    private void killMidTradingAndRestart(String beginString, boolean resetOnLogon, AfterRecovery after)
            throws Exception {
        Path outbox = Files.createDirectories(directory.resolve("custodian").resolve("outbox"));
        CustodianSnapshot book = DemoBook.generate(4, 11, LocalDate.now(MarketClock.system()).minusDays(1));
        Map<String, BigDecimal> prices = DemoBook.closingPrices(book);
        String ledger = DemoConfigs.freshPostgresDatabase("killed_" + beginString.replace(".", "")
                .toLowerCase(java.util.Locale.ROOT) + (resetOnLogon ? "_reset" : "_kept"));
        try (EmbeddedSftpServer sftp = new EmbeddedSftpServer(new SftpServerConfig(0, outbox.getParent(), "ballast",
                "demo-only-password", null, directory.resolve("host-key")));
                FixSimulator broker = new FixSimulator(new SimulatorConfig(0,
                        List.of(new SimulatorSession(beginString, "DEMO-BROKER", "BALLAST")), prices::get, 3, 1,
                        Set.of(), null, Clock.systemUTC(), Duration.ofMillis(400), 0, 0, 0, BigDecimal.ZERO))) {
            sftp.start();
            broker.start();
            Path knownHosts = directory.resolve("known_hosts");
            sftp.writeKnownHosts(knownHosts);
            String demoConfig = Files.readString(DemoConfigs.DEMO_CONFIG, StandardCharsets.UTF_8);
            assertThat(demoConfig).contains(RESET_ON_LOGON_DEFAULT);
            Path config = Files.writeString(directory.resolve("ballast.yaml"), demoConfig
                    .replace("port: 2222", "port: " + sftp.port())
                    .replace("port: 9880", "port: " + broker.port())
                    .replace("port: 8466", "port: 0")
                    .replace("beginString: FIX.4.4", "beginString: " + beginString)
                    .replace(RESET_ON_LOGON_DEFAULT, "resetOnLogon: " + resetOnLogon)
                    .replace("data/demo/known_hosts", knownHosts.toString())
                    + "database:\n  url: " + ledger + "\n  username: postgres\n", StandardCharsets.UTF_8);

            Process first = start(config, "first.txt");
            try {
                drop(book, outbox);
                // the agent creates the ledger's tables when it starts
                await().atMost(WAIT).ignoreExceptions().until(() -> count(ledger, "SELECT COUNT(*) FROM block_order"
                        + " WHERE sent_at IS NOT NULL") > 0);
            } finally {
                first.destroyForcibly();
            }
            assertThat(first.waitFor(1, TimeUnit.MINUTES)).as("SIGKILL stops the agent").isTrue();
            int inFlight = count(ledger, "SELECT COUNT(*) FROM block_order WHERE status NOT IN ('FILLED')");

            Process second = start(config, "second.txt");
            try {
                await().atMost(WAIT).until(() -> allDone(ledger));
                List<String> blocks = strings(ledger, "SELECT clordid FROM block_order ORDER BY clordid");
                assertThat(broker.receivedClOrdIds()).as("every order reached the counterparty exactly once")
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(blocks);
                assertThat(count(ledger, "SELECT COUNT(*) FROM block_order WHERE cum_qty <> quantity")).isZero();
                assertThat(count(ledger, "SELECT COUNT(*) FROM block_order b WHERE b.cum_qty <> (SELECT"
                        + " SUM(a.quantity) FROM allocation a WHERE a.block_id = b.id)")).as("allocations add up")
                        .isZero();
                if (inFlight > 0) {
                    assertThat(count(ledger, "SELECT COUNT(*) FROM order_event WHERE event = 'STATUS_REQUESTED'"))
                            .as("orders in flight at the kill were asked about").isPositive();
                }
                after.check(ledger, broker);
            } finally {
                second.destroy();
            }
            assertThat(second.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    private Process start(Path config, String console) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "run", "--config", config.toString()).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(directory.resolve(console).toFile()).start();
    }

    private static void drop(CustodianSnapshot book, Path outbox) throws Exception {
        Path part = outbox.resolve("positions.csv.part");
        try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            new BallastCsvFormat().write(book, writer);
        }
        Files.move(part, outbox.resolve("positions.csv"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean allDone(String ledger) throws SQLException {
        return count(ledger, "SELECT COUNT(*) FROM block_order") > 0
                && count(ledger, "SELECT COUNT(*) FROM block_order WHERE status <> 'FILLED' OR NOT allocated") == 0;
    }

    private static int count(String ledger, String query) throws SQLException {
        return decimal(ledger, query).intValueExact();
    }

    private static BigDecimal decimal(String ledger, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ledger, "postgres", "");
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getBigDecimal(1);
        }
    }

    private static List<String> strings(String ledger, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(ledger, "postgres", "");
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
