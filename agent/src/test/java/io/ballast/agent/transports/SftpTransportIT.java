package io.ballast.agent.transports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.agent.demo.DemoBook;
import io.ballast.agent.runtime.AgentRuntime;
import io.ballast.connectors.custodian.BallastCsvFormat;
import io.ballast.connectors.sftp.EmbeddedSftpServer;
import io.ballast.connectors.sftp.SftpServerConfig;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent pulling custodian files over SFTP from an in-process MINA SSHD server, configured only by YAML: the
 * server's host key is verified against the known_hosts file, a server presenting another key is refused, and a
 * server that cannot be reached is tried again while the agent keeps running.
 */
class SftpTransportIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PASSWORD_VARIABLE = "TEST_SFTP_PASSWORD";
    private static final Map<String, String> ENVIRONMENT = Map.of(PASSWORD_VARIABLE, "sftp-test-password");

    @TempDir
    Path directory;

    @Test
    void pullsAFileFromAServerWhoseHostKeyIsKnown() throws Exception {
        Path outbox = Files.createDirectories(directory.resolve("sftp/outbox"));
        try (EmbeddedSftpServer server = server(0, "host-key"); LogCapture log = new LogCapture()) {
            server.start();
            server.writeKnownHosts(directory.resolve("known_hosts"));
            try (AgentRuntime agent = TestAgent.start(config(server.port()), ENVIRONMENT, Clock.systemUTC())) {
                drop(outbox.resolve("positions.csv"));

                await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".done/positions.csv")));
                assertThat(TestAgent.count(agent, "SELECT COUNT(*) FROM import_batch")).isEqualTo(1);
                assertThat(log.contains("INFO", "loaded positions.csv")).isTrue();
                assertThat(log.contains("INFO", "sftp-test-password")).isFalse();
            }
        }
    }

    @Test
    void refusesAServerPresentingAnotherHostKey() throws Exception {
        Path outbox = Files.createDirectories(directory.resolve("sftp/outbox"));
        try (EmbeddedSftpServer impostor = server(0, "impostor-key"); LogCapture log = new LogCapture()) {
            impostor.start();
            // known_hosts names the genuine server's key for this port, not the impostor's
            try (EmbeddedSftpServer genuine = server(0, "host-key")) {
                genuine.start();
                genuine.writeKnownHosts(directory.resolve("known_hosts"));
            }
            Files.writeString(directory.resolve("known_hosts"), Files.readString(directory.resolve("known_hosts"))
                    .replaceAll("]:[0-9]+", "]:" + impostor.port()));
            drop(outbox.resolve("positions.csv"));

            try (AgentRuntime agent = TestAgent.start(config(impostor.port()), ENVIRONMENT, Clock.systemUTC())) {
                await().atMost(WAIT).until(() -> log.contains("WARN", "HostKey has been changed"));
                assertThat(outbox.resolve("positions.csv")).exists();
                assertThat(TestAgent.count(agent, "SELECT COUNT(*) FROM import_batch")).isZero();
            }
        }
    }

    @Test
    void retriesAnUnreachableServerAndLoadsOnceItAnswers() throws Exception {
        Path outbox = Files.createDirectories(directory.resolve("sftp/outbox"));
        int port = TestAgent.freePort();
        try (LogCapture log = new LogCapture();
                AgentRuntime agent = TestAgent.start(config(port), ENVIRONMENT, Clock.systemUTC())) {
            await().atMost(WAIT).until(() -> log.contains("WARN", "Cannot connect"));

            try (EmbeddedSftpServer server = server(port, "host-key")) {
                server.start();
                server.writeKnownHosts(directory.resolve("known_hosts"));
                drop(outbox.resolve("positions.csv"));

                await().atMost(WAIT).until(() -> Files.exists(outbox.resolve(".done/positions.csv")));
                assertThat(TestAgent.count(agent, "SELECT COUNT(*) FROM import_batch")).isEqualTo(1);
            }
        }
    }

    private Path config(int port) throws IOException {
        return TestAgent.config(directory, "", """
                  - name: custodian-sftp
                    transport: sftp
                    sftp:
                      host: localhost
                      port: %d
                      username: ballast
                      password: ${env:%s}
                      directory: outbox
                      knownHostsFile: %s
                    pollInterval: PT0.2S
                    retry: { attempts: 1, delay: PT0.1S }
                """.formatted(port, PASSWORD_VARIABLE, directory.resolve("known_hosts")));
    }

    private EmbeddedSftpServer server(int port, String hostKey) {
        return new EmbeddedSftpServer(new SftpServerConfig(port, directory.resolve("sftp"), "ballast",
                ENVIRONMENT.get(PASSWORD_VARIABLE), null, directory.resolve(hostKey)));
    }

    static void drop(Path file) throws IOException {
        drop(file, 7);
    }

    /** Writes a custodian file of a book generated from {@code seed} under a temporary name and renames it. */
    static void drop(Path file, long seed) throws IOException {
        StringWriter csv = new StringWriter();
        new BallastCsvFormat().write(DemoBook.generate(2, seed, LocalDate.now().minusDays(1)), csv);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, csv.toString(), StandardCharsets.UTF_8);
        Files.move(part, file);
    }
}
