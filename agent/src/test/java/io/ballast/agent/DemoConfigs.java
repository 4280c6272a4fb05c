package io.ballast.agent;

import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.ConfigLoader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo's configuration, with its data directory moved into a test's temporary directory. */
final class DemoConfigs {
    static final Path DEMO_CONFIG = Path.of("..", "config", "ballast.yaml");

    /** The ledgers the agent runs on: its embedded H2 default, and a real PostgreSQL server. */
    enum Ledger {
        H2 {
            @Override
            String databaseSection() {
                return "";
            }
        },
        POSTGRESQL {
            @Override
            String databaseSection() {
                return "database:\n  url: " + Postgres.SERVER.getJdbcUrl("postgres", "postgres") + "\n"
                        + "  username: postgres\n";
            }
        };

        abstract String databaseSection();
    }

    private DemoConfigs() {
    }

    static BallastConfig inDirectory(Path directory, Ledger ledger) throws Exception {
        String yaml = Files.readString(DEMO_CONFIG, StandardCharsets.UTF_8)
                .replace("data/demo", directory.resolve("data").toAbsolutePath().toString())
                + ledger.databaseSection();
        Path file = Files.writeString(directory.resolve("ballast.yaml"), yaml, StandardCharsets.UTF_8);
        return ConfigLoader.load(file);
    }

    /**
     * A new, empty database on the test JVM's PostgreSQL server, for an agent that runs in another process while the
     * test reads its ledger; returns its JDBC url.
     */
    static String freshPostgresDatabase(String name) throws java.sql.SQLException {
        try (java.sql.Connection connection = Postgres.SERVER.getPostgresDatabase().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return Postgres.SERVER.getJdbcUrl("postgres", name);
    }

    /** One PostgreSQL server for the test JVM, started on first use. */
    private static final class Postgres {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
    }
}
