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
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ballast run} from the built jar, against a custodian SFTP server and a FIX counterparty that this test
 * runs, configured only through the YAML file: a custodian file dropped on the server is pulled, the households
 * are rebalanced, orders are filled and allocated; SIGTERM stops the agent.
 */
class HeadlessRunIT {
    private static final Path JAR = Path.of("target", "ballast.jar").toAbsolutePath();

    @TempDir
    Path directory;

    @Test
    void runsTheCycleAgainstTheConfiguredEndpointsUntilStopped() throws Exception {
        Path outbox = Files.createDirectories(directory.resolve("custodian").resolve("outbox"));
        CustodianSnapshot book = DemoBook.generate(3, 7, LocalDate.now(MarketClock.system()).minusDays(1));
        Map<String, BigDecimal> prices = DemoBook.closingPrices(book);
        try (EmbeddedSftpServer sftp = new EmbeddedSftpServer(new SftpServerConfig(0, outbox.getParent(), "ballast",
                "demo-only-password", null, directory.resolve("host-key")));
                FixSimulator broker = new FixSimulator(new SimulatorConfig(0,
                        List.of(new SimulatorSession("FIX.4.4", "DEMO-BROKER", "BALLAST")), prices::get, 2, 1, Set.of(),
                        null, Clock.systemUTC()))) {
            sftp.start();
            broker.start();
            Path knownHosts = directory.resolve("known_hosts");
            sftp.writeKnownHosts(knownHosts);
            int httpPort = freePort();
            Path config = Files.writeString(directory.resolve("ballast.yaml"),
                    Files.readString(DemoConfigs.DEMO_CONFIG, StandardCharsets.UTF_8)
                            .replace("port: 2222", "port: " + sftp.port())
                            .replace("port: 9880", "port: " + broker.port())
                            .replace("data/demo/known_hosts", knownHosts.toString())
                            .replace("port: 8466", "port: " + httpPort),
                    StandardCharsets.UTF_8);

            Process agent = new ProcessBuilder(javaExecutable(), "-jar", JAR.toString(), "run", "--config",
                    config.toString()).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("console.txt").toFile()).start();
            try {
                Path part = outbox.resolve("positions.csv.part");
                try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                    new BallastCsvFormat().write(book, writer);
                }
                Files.move(part, outbox.resolve("positions.csv"), StandardCopyOption.ATOMIC_MOVE);

                Path log = directory.resolve("logs").resolve("ballast.log");
                await().atMost(Duration.ofMinutes(3)).until(() -> Files.exists(outbox.resolve(".done/positions.csv"))
                        && Files.readString(log).contains("FILLED: allocated"));
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"UP\"");
            } finally {
                agent.destroy();
            }
            assertThat(agent.waitFor(1, TimeUnit.MINUTES)).as("the agent stops on SIGTERM").isTrue();
        }
        String log = Files.readString(directory.resolve("logs").resolve("ballast.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("loaded positions.csv", "proposed", "sent BUY").doesNotContain(" ERROR ");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
