package io.ballast.ledger.db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Leaves the open-lot table one index besides its primary key, and on H2 no per-row foreign-key checks, so that a
 * million-lot custodian file loads near the rate the parser reads it. H2 gives every foreign key an index of
 * exactly its columns, so V1's table kept four indexes (the key, one per foreign key, and
 * {@code (account_id, security_id)}), each written per row, and looked both parents up per row. Now
 * {@code (account_id)} alone serves the queries (an account holds a few hundred lots). On H2 the references are
 * checked once per load instead: the book loader refuses a file whose lots name an account it does not list or a
 * security nobody defined, and the other writers open lots for the account and security of an order, whose own
 * keys guard them. PostgreSQL, the production ledger, keeps its foreign keys: it checks them cheaply during
 * {@code COPY}. Java, because V1 left the keys unnamed.
 */
public class V12_1__tax_lot_bulk_load extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                for (String key : foreignKeys(connection)) {
                    statement.execute("ALTER TABLE tax_lot DROP CONSTRAINT " + key);
                }
            }
            statement.execute("DROP INDEX tax_lot_account_ix");
            statement.execute("CREATE INDEX tax_lot_account_ix ON tax_lot (account_id)");
        }
    }

    private static List<String> foreignKeys(Connection connection) throws SQLException {
        String table = connection.getMetaData().storesUpperCaseIdentifiers() ? "TAX_LOT" : "tax_lot";
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getImportedKeys(connection.getCatalog(), connection.getSchema(),
                table)) {
            while (rs.next()) {
                keys.add(rs.getString("FK_NAME"));
            }
        }
        return keys.stream().distinct().toList();
    }
}
