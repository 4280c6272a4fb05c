package io.ballast.agent.transports;

import io.ballast.agent.config.ConfigLoader;
import io.ballast.agent.runtime.AgentRuntime;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;

/**
 * The agent as {@code ballast run} starts it, from a YAML file holding the given custodians section, with one
 * model and a FIX session towards a port nobody listens on (these tests trade nothing).
 */
final class TestAgent {
    private TestAgent() {
    }

    static Path config(Path directory, String databaseSection, String custodiansSection) throws IOException {
        String yaml = """
                agent:
                  name: transports-test
                  dataDirectory: %s
                %s
                custodians:
                %s
                fixSessions:
                  - name: broker
                    beginString: FIX.4.4
                    senderCompId: BALLAST
                    targetCompId: NOBODY
                    host: localhost
                    port: %d
                    reconnectSeconds: 600
                optimizer:
                  models:
                    - id: all-in
                      targets: { VTI: 1 }
                  defaultModel: all-in
                http:
                  port: 0        # a free port: an agent already on the default one must not stop this one
                """.formatted(directory.resolve("data"), databaseSection, custodiansSection, freePort());
        return Files.writeString(directory.resolve("ballast.yaml"), yaml, StandardCharsets.UTF_8);
    }

    static AgentRuntime start(Path config, Map<String, String> environment, Clock clock) throws Exception {
        return AgentRuntime.start(ConfigLoader.load(config, environment::get), clock);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static long count(AgentRuntime agent, String query) throws SQLException {
        try (Connection connection = agent.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
