package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.agent.DemoConfigs.Ledger;
import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.ConfigLoader;
import io.ballast.agent.runtime.AgentRuntime;
import io.ballast.connectors.sftp.EmbeddedSftpServer;
import io.ballast.connectors.sftp.SftpServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Schwab-style set, zipped, pulled by the agent's custodian route from a real SFTP server (host key verified)
 * into H2 and into PostgreSQL: a set with a bad row is moved to {@code .failed} with a report naming the member,
 * line, field and value, and loads nothing; the good set loads whole as one batch. Under the quarantine policy
 * the good rows load and the bad ones are listed beside the loaded set.
 */
class CustodianSetIntakeIT {
    private static final Path SCHWAB_SET = Path.of("..", "connectors", "src", "test", "resources", "io", "ballast",
            "connectors", "custodian", "schwab-csv", "good");

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Ledger.class)
    void aRefusedSetLoadsNothingAndTheGoodSetLoadsWhole(Ledger ledger) throws Exception {
        Path outbox = Files.createDirectories(directory.resolve("custodian").resolve("outbox"));
        try (EmbeddedSftpServer sftp = new EmbeddedSftpServer(new SftpServerConfig(0, outbox.getParent(), "ballast",
                "demo-only-password", null, directory.resolve("host-key")))) {
            sftp.start();
            Path knownHosts = directory.resolve("known_hosts");
            sftp.writeKnownHosts(knownHosts);
            try (AgentRuntime agent = AgentRuntime.start(config(ledger, sftp.port(), knownHosts), Clock.systemUTC())) {
                DataSource ledgerData = agent.dataSource();
                long batchesBefore = count(ledgerData, "SELECT COUNT(*) FROM import_batch");

                drop(outbox, "SCHWAB_20261124_A.zip", zip(member -> member.equals("LOT_20261124.CSV")
                        ? text -> text.replace("04/01/2021", "04/31/2021") : UnaryOperator.identity()));
                Path report = outbox.resolve(".failed").resolve("SCHWAB_20261124_A.zip.report.txt");
                await().atMost(Duration.ofMinutes(2)).until(() -> Files.exists(report));
                assertThat(Files.readString(report)).contains(
                        "SCHWAB_20261124_A.zip!LOT_20261124.CSV:3 [acquired]: '04/31/2021' is not a date (MM/dd/yyyy)");
                assertThat(count(ledgerData, "SELECT COUNT(*) FROM import_batch")).isEqualTo(batchesBefore);
                assertThat(count(ledgerData, "SELECT COUNT(*) FROM account WHERE custodian = 'Schwab'")).isZero();

                drop(outbox, "SCHWAB_20261124_B.zip", zip(member -> UnaryOperator.identity()));
                await().atMost(Duration.ofMinutes(2))
                        .until(() -> Files.exists(outbox.resolve(".done").resolve("SCHWAB_20261124_B.zip")));
                assertThat(count(ledgerData, "SELECT row_count FROM import_batch WHERE file_name ="
                        + " 'SCHWAB_20261124_B.zip'")).isEqualTo(22);
                assertThat(count(ledgerData, "SELECT COUNT(*) FROM tax_lot WHERE account_id IN"
                        + " ('81234567', '81234568', '81239901')")).isEqualTo(5);
                assertThat(count(ledgerData, "SELECT COUNT(*) FROM custodian_transaction")).isEqualTo(3);
                assertThat(count(ledgerData, "SELECT COUNT(*) FROM security WHERE isin = 'US0378331005'"))
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void underTheQuarantinePolicyTheGoodRowsLoadAndTheBadOnesAreListed() throws Exception {
        Path outbox = Files.createDirectories(directory.resolve("custodian").resolve("outbox"));
        try (EmbeddedSftpServer sftp = new EmbeddedSftpServer(new SftpServerConfig(0, outbox.getParent(), "ballast",
                "demo-only-password", null, directory.resolve("host-key")))) {
            sftp.start();
            Path knownHosts = directory.resolve("known_hosts");
            sftp.writeKnownHosts(knownHosts);
            BallastConfig config = config(Ledger.H2, sftp.port(), knownHosts, "\n    onBadRows: quarantine");
            try (AgentRuntime agent = AgentRuntime.start(config, Clock.systemUTC())) {
                drop(outbox, "SCHWAB_20261124.zip", zip(member -> member.equals("LOT_20261124.CSV")
                        ? text -> text.replace("04/01/2021", "04/31/2021") : UnaryOperator.identity()));
                Path quarantined = outbox.resolve(".done").resolve("SCHWAB_20261124.zip.quarantined.txt");
                await().atMost(Duration.ofMinutes(2)).until(() -> Files.exists(quarantined));

                // the bad lot is left out, and so is the rest of its position, which no longer adds up
                assertThat(Files.readString(quarantined)).contains(
                        "LOT_20261124.CSV:3 [acquired]: '04/31/2021' is not a date",
                        "POS_20261124.CSV:3 [quantity]: lots of account \u20264567 in AAPL add up to 50");
                assertThat(count(agent.dataSource(), "SELECT quarantined_count FROM import_batch")).isEqualTo(2);
                assertThat(count(agent.dataSource(), "SELECT COUNT(*) FROM tax_lot WHERE account_id IN"
                        + " ('81234567', '81234568', '81239901')")).isEqualTo(3);
            }
        }
    }

    private BallastConfig config(Ledger ledger, int sftpPort, Path knownHosts) throws Exception {
        return config(ledger, sftpPort, knownHosts, "");
    }

    private BallastConfig config(Ledger ledger, int sftpPort, Path knownHosts, String custodianOptions)
            throws Exception {
        String yaml = Files.readString(DemoConfigs.DEMO_CONFIG, StandardCharsets.UTF_8)
                .replace("data/demo/known_hosts", knownHosts.toString())
                .replace("data/demo", directory.resolve("data").toAbsolutePath().toString())
                .replace("port: 2222", "port: " + sftpPort)
                .replace("port: 9880", "port: " + freePort())
                .replace("port: 8466", "port: " + freePort())
                .replace("format: ballast-csv", "format: schwab-csv\n    filePattern: '.*\\.zip'"
                        + custodianOptions)
                + ledger.databaseSection();
        return ConfigLoader.load(Files.writeString(directory.resolve("ballast.yaml"), yaml, StandardCharsets.UTF_8));
    }

    /** A port nothing listens on, so the FIX initiator just keeps trying in the background. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void drop(Path outbox, String name, byte[] content) throws IOException {
        Path part = Files.write(outbox.resolve(name + ".part"), content);
        Files.move(part, outbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] zip(java.util.function.Function<String, UnaryOperator<String>> edits) throws IOException {
        Map<String, String> members = new TreeMap<>();
        try (Stream<Path> files = Files.list(SCHWAB_SET)) {
            for (Path file : files.toList()) {
                members.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(edits.apply(member.getKey()).apply(member.getValue()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static long count(DataSource data, String query) throws SQLException {
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
