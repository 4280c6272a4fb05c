package io.ballast.agent.transports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.agent.runtime.AgentRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped custom route example, loaded by the agent, renames an odd feed into a custodian's inbox. */
class CustomRouteIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    @Test
    void theExampleRouteFeedsTheCustodiansInbox() throws Exception {
        Path acme = directory.resolve("acme");
        Path drop = Files.createDirectories(acme.resolve("drop"));
        Path inbox = Files.createDirectories(acme.resolve("inbox"));
        Path routes = Files.createDirectories(directory.resolve("routes"));
        Files.writeString(routes.resolve("odd-feed.yaml"), example().replace("data/acme", acme.toString()),
                StandardCharsets.UTF_8);
        Path config = TestAgent.config(directory, "customRoutes: routes", """
                  - name: acme
                    transport: directory
                    directory: %s
                    pollInterval: PT0.2S
                """.formatted(inbox));

        try (AgentRuntime agent = TestAgent.start(config, Map.of(), Clock.systemUTC())) {
            SftpTransportIT.drop(drop.resolve("POSITIONS_20261124.TXT"));

            await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/POSITIONS_20261124.csv")));
            assertThat(drop.resolve(".done/POSITIONS_20261124.TXT")).exists();
            assertThat(TestAgent.count(agent, "SELECT COUNT(*) FROM import_batch")).isEqualTo(1);
        }
    }

    private static String example() throws IOException {
        try (InputStream in = CustomRouteIT.class.getResourceAsStream("/ballast/config/routes/odd-feed.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
