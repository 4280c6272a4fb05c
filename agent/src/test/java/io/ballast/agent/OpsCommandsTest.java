package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The traders' commands when no agent answers and there is no ledger yet, or the arguments are wrong. */
class OpsCommandsTest {
    @TempDir
    Path directory;

    @Test
    void withNeitherAgentNorLedgerEachCommandSaysWhy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path config = Files.writeString(directory.resolve("ballast.yaml"), """
                agent: {name: a, dataDirectory: %s}
                custodians: []
                fixSessions: []
                optimizer: {models: [{id: m, targets: {VTI: 1}}], defaultModel: m}
                http: {port: %d}
                """.formatted(directory.resolve("data"), closedPort));

        for (String command : new String[] {"sessions", "orders", "recon"}) {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new Main());
            cli.setOut(new PrintWriter(new StringWriter()));
            cli.setErr(new PrintWriter(err));

            assertThat(cli.execute(command, "--config", config.toString())).as(command).isEqualTo(Main.STAGE_FAILED);
            assertThat(err.toString()).as(command).contains("ballast " + command + ": no ledger at "
                    + directory.resolve("data").resolve("ledger") + ": the agent of this configuration has not run yet");
        }
    }

    @Test
    void anInvalidConfigurationIsRefusedWithItsProblems() throws Exception {
        Path config = Files.writeString(directory.resolve("broken.yaml"), "agent: {name: a}\n");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("orders", "--config", config.toString(), "--date", "2026-11-25"))
                .isEqualTo(Main.INVALID_CONFIG);
        assertThat(err.toString()).contains("broken.yaml:", "custodians");
    }
}
