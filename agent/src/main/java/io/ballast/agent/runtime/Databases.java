package io.ballast.agent.runtime;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ballast.agent.config.DatabaseSettings;
import java.nio.file.Path;

/** The ledger's connection pool: an embedded H2 file under the data directory by default, or PostgreSQL. */
public final class Databases {
    private static final int H2_QUERY_CACHE_SIZE = 256;

    private Databases() {
    }

    public static HikariDataSource open(DatabaseSettings settings, Path dataDirectory) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("ledger");
        String url = settings == null || settings.url() == null ? embeddedH2(dataDirectory) : settings.url();
        pool.setJdbcUrl(url);
        if (settings != null && settings.username() != null) {
            pool.setUsername(settings.username());
            pool.setPassword(settings.password());
        }
        if (url.startsWith("jdbc:postgresql:")) {
            // batched inserts (a custodian load's transactions) go out as multi-row INSERTs: several times faster
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        pool.setMaximumPoolSize(8);
        return new HikariDataSource(pool);
    }

    /**
     * H2 keeps the parsed form of only 8 statements per connection by default; applying an execution report and
     * allocating its block use several dozen, which were parsed again every time.
     */
    static String embeddedH2(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.resolve("ledger").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE;
    }
}
