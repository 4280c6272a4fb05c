package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads and writes rows of the open-lot table. */
final class TaxLots {
    private static final String COLUMNS = "id, account_id, security_id, quantity, cost_basis, acquired";

    private TaxLots() {
    }

    static void insert(Sql sql, TaxLot lot) throws SQLException {
        sql.update("INSERT INTO tax_lot (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", lot.id(), lot.account(),
                lot.security(), lot.quantity(), Numbers.money(lot.costBasis()), lot.acquired());
    }

    static Optional<TaxLot> find(Sql sql, LotId lot) throws SQLException {
        return sql.first("SELECT " + COLUMNS + " FROM tax_lot WHERE id = ?", TaxLots::map, lot);
    }

    /** Open lots of accounts, oldest first (the FIFO order). */
    static List<TaxLot> ofAccounts(Sql sql, List<AccountId> accounts) throws SQLException {
        if (accounts.isEmpty()) {
            return List.of();
        }
        String marks = Sql.placeholders(accounts.size());
        return sql.list("SELECT " + COLUMNS + " FROM tax_lot WHERE account_id IN (" + marks + ")"
                + " ORDER BY account_id, security_id, acquired, id", TaxLots::map, accounts.toArray());
    }

    /** Open lots of one security in one account, oldest first (the FIFO order). */
    static List<TaxLot> held(Sql sql, AccountId account, SecurityId security) throws SQLException {
        return sql.list("SELECT " + COLUMNS + " FROM tax_lot WHERE account_id = ? AND security_id = ?"
                + " ORDER BY acquired, id", TaxLots::map, account, security);
    }

    private static TaxLot map(ResultSet rs) throws SQLException {
        return new TaxLot(LotId.of(rs.getString("id")), AccountId.of(rs.getString("account_id")),
                SecurityId.of(rs.getString("security_id")), Numbers.plain(rs.getBigDecimal("quantity")),
                Numbers.money(rs.getBigDecimal("cost_basis")), Sql.date(rs, "acquired"));
    }
}
