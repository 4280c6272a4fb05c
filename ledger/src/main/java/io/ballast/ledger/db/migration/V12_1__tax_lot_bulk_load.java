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
 * Leaves the open-lot table one index besides its primary key, so that a million-lot custodian file loads at
 * the rate the parser reads it. H2 gives every foreign key an index of exactly its columns, so V1's table kept
 * four (the key, one per foreign key, and {@code (account_id, security_id)}), each written and committed per row.
 * Now {@code (account_id)} alone serves the account key and the queries (an account holds a few hundred lots);
 * the security key is dropped: the book loader checks a file's securities once per load, and the other writers
 * open lots for the security of an order, whose own key guards it. Java, because V1 left the keys unnamed.
 */
public class V12_1__tax_lot_bulk_load extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String key : foreignKeys(connection)) {
                statement.execute("ALTER TABLE tax_lot DROP CONSTRAINT " + key);
            }
            statement.execute("DROP INDEX tax_lot_account_ix");
            statement.execute("CREATE INDEX tax_lot_account_ix ON tax_lot (account_id)");
            statement.execute("ALTER TABLE tax_lot ADD CONSTRAINT tax_lot_account_fk FOREIGN KEY (account_id)"
                    + " REFERENCES account (id)");
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
