package io.ballast.connectors.fix;

import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where a session keeps its sequence numbers and the messages it sent, for resends after a restart: QuickFIX/J's
 * file store in a directory of this machine, or its JDBC store in the tables {@code sessions} and {@code messages}
 * of a database, which every agent sharing that database sees.
 */
public sealed interface FixMessageStore {
    static FixMessageStore files(Path directory) {
        return new Files(directory);
    }

    static FixMessageStore database(DataSource dataSource) {
        return new Database(dataSource);
    }

    record Files(Path directory) implements FixMessageStore {
        public Files {
            Objects.requireNonNull(directory, "store directory");
        }
    }

    record Database(DataSource dataSource) implements FixMessageStore {
        public Database {
            Objects.requireNonNull(dataSource, "store data source");
        }
    }
}
