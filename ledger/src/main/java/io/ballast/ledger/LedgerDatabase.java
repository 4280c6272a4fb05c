package io.ballast.ledger;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates and upgrades the ledger's schema on H2 or PostgreSQL. */
public final class LedgerDatabase {
    static final String MIGRATIONS = "classpath:io/ballast/ledger/db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(LedgerDatabase.class);

    private LedgerDatabase() {
    }

    /** Applies every pending migration; throws {@link LedgerException} naming the cause if one fails. */
    public static void migrate(DataSource dataSource) {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .load()
                    .migrate();
            if (result.migrationsExecuted == 0) {
                LOG.info("Ledger schema is up to date at version {}", result.initialSchemaVersion);
            } else {
                result.migrations.forEach(m -> LOG.info("Applied ledger migration {} ({})", m.version, m.description));
                LOG.info("Ledger schema migrated from version {} to {}", result.initialSchemaVersion,
                        result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new LedgerException("Could not migrate the ledger database: " + e.getMessage(), e);
        }
    }
}
