package io.ballast.agent.transports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.agent.runtime.AgentRuntime;
import io.ballast.ledger.testing.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A local directory drop whose files are taken once by name and checksum, remembered in the ledger database (H2
 * and PostgreSQL), so also across a restart of the agent; a corrected file under the same name is a new file.
 */
class TakenFilesIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String BATCHES = "SELECT COUNT(*) FROM import_batch";
    private static final String TAKEN = "SELECT COUNT(*) FROM camel_messageprocessed";

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSameFileLoadsOnceAlsoAcrossARestart(Database database) throws Exception {
        Path inbox = Files.createDirectories(directory.resolve("inbox"));
        Path config = TestAgent.config(directory, databaseSection(database), """
                  - name: custodian-drop
                    transport: directory
                    directory: %s
                    excludePattern: 'ignored-.*'
                    pollInterval: PT0.2S
                """.formatted(inbox));
        Path file = inbox.resolve("positions.csv");
        try (LogCapture log = new LogCapture()) {
            try (AgentRuntime agent = TestAgent.start(config, Map.of(), Clock.systemUTC())) {
                SftpTransportIT.drop(file);
                SftpTransportIT.drop(inbox.resolve("ignored-positions.csv"));
                await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/positions.csv")));
                assertThat(TestAgent.count(agent, BATCHES)).isEqualTo(1);

                SftpTransportIT.drop(file);
                await().atMost(WAIT).until(() -> !Files.exists(file));
                assertThat(log.contains("INFO", "positions.csv was taken before")).isTrue();
                assertThat(TestAgent.count(agent, BATCHES)).isEqualTo(1);
            }

            try (AgentRuntime restarted = TestAgent.start(config, Map.of(), Clock.systemUTC())) {
                SftpTransportIT.drop(file);
                await().atMost(WAIT).until(() -> !Files.exists(file));
                assertThat(TestAgent.count(restarted, BATCHES)).isEqualTo(1);
                assertThat(TestAgent.count(restarted, TAKEN)).isEqualTo(1);

                SftpTransportIT.drop(file, 8); // a corrected book under the same name
                await().atMost(WAIT).until(() -> TestAgent.count(restarted, BATCHES) == 2);
                assertThat(TestAgent.count(restarted, TAKEN)).isEqualTo(2);
            }
        }
        assertThat(inbox.resolve("ignored-positions.csv")).exists();
    }

    private static String databaseSection(Database database) throws IOException {
        if (database == Database.H2) {
            return ""; // the embedded H2 file under the data directory, kept across the restart
        }
        DataSource postgres = database.fresh();
        PGSimpleDataSource server = (PGSimpleDataSource) postgres;
        return """
                database:
                  url: %s
                  username: %s
                """.formatted(server.getURL(), server.getUser());
    }
}
