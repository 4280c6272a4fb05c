package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
    @TempDir
    Path directory;

    @Test
    void anUnreachableDatabaseStopsTheStartWithItsReason() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String yaml = Files.readString(DemoConfigs.DEMO_CONFIG, StandardCharsets.UTF_8)
                .replace("data/demo", directory.resolve("data").toString())
                + "database:\n  url: jdbc:postgresql://127.0.0.1:" + closedPort + "/ballast\n";
        Path config = Files.writeString(directory.resolve("ballast.yaml"), yaml, StandardCharsets.UTF_8);

        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exitCode;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            exitCode = new CommandLine(new Main()).execute("run", "--config", config.toString());
        } finally {
            System.setErr(original);
        }

        assertThat(exitCode).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).startsWith("ballast run: the agent did not start:");
    }
}
