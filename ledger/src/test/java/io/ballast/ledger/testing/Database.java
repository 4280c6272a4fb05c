package io.ballast.ledger.testing;

import java.util.function.Supplier;
import javax.sql.DataSource;

/** The two engines the ledger runs on, for tests parameterised over both (e.g. {@code @EnumSource(Database.class)}). */
public enum Database {
    H2(TestDatabases::h2),
    POSTGRES(TestDatabases::postgres);

    private final Supplier<DataSource> fresh;

    Database(Supplier<DataSource> fresh) {
        this.fresh = fresh;
    }

    /** A new, migrated database of this engine. */
    public DataSource fresh() {
        return fresh.get();
    }
}
