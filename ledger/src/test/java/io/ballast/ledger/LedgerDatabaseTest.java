package io.ballast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.ledger.testing.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LedgerDatabaseTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void createsEveryTableAndIsIdempotent(Database database) throws Exception {
        DataSource dataSource = database.fresh();

        LedgerDatabase.migrate(dataSource);

        assertThat(tables(dataSource)).contains("import_batch", "household", "account", "batch_account", "security",
                "price", "tax_lot", "cash_balance", "recon_break", "proposal", "proposal_note", "proposed_trade",
                "lot_pick", "block_order", "account_order", "account_order_lot", "execution", "allocation",
                "realized_lot", "sessions", "messages", "wash_sale", "camel_messageprocessed");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void clOrdIdSequenceNeverRepeats(Database database) {
        Transactions transactions = new Transactions(database.fresh());

        long first = transactions.inTransaction("next", sql -> sql.nextValue("clordid_seq"));
        long second = transactions.inTransaction("next", sql -> sql.nextValue("clordid_seq"));

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void failureNamesTheCause() {
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:mem:never;IFEXISTS=TRUE");

        assertThatThrownBy(() -> LedgerDatabase.migrate(unreachable))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("Could not migrate the ledger database");
    }

    private static List<String> tables(DataSource dataSource) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
