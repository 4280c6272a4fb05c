package io.ballast.ledger;

import io.ballast.domain.Decimals;
import io.ballast.domain.AccountId;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads and writes rows of the open-lot table. */
final class TaxLots {
    static final String COLUMNS = "id, account_id, security_id, quantity, cost_basis, acquired";

    private TaxLots() {
    }

    static final String INSERT = "INSERT INTO tax_lot (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";

    static void insert(Sql sql, TaxLot lot) throws SQLException {
        sql.update(INSERT, parameters(lot));
    }

    static Object[] parameters(TaxLot lot) {
        return new Object[] {lot.id(), lot.account(), lot.security(), lot.quantity(), Decimals.money(lot.costBasis()),
            lot.acquired()};
    }

    /** Rewrites the lot's quantity, basis and acquisition date. */
    static void update(Sql sql, TaxLot lot) throws SQLException {
        sql.update("UPDATE tax_lot SET quantity = ?, cost_basis = ?, acquired = ? WHERE id = ?", lot.quantity(),
                Decimals.money(lot.costBasis()), lot.acquired(), lot.id());
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

    /**
     * Open lots of one security in any account of the household acquired from {@code from} to {@code to}, oldest
     * first.
     */
    static List<TaxLot> ofHousehold(Sql sql, HouseholdId household, SecurityId security, LocalDate from, LocalDate to)
            throws SQLException {
        return sql.list("SELECT l.id, l.account_id, l.security_id, l.quantity, l.cost_basis, l.acquired FROM tax_lot l"
                + " JOIN account a ON a.id = l.account_id WHERE a.household_id = ? AND l.security_id = ?"
                + " AND l.acquired BETWEEN ? AND ? ORDER BY l.acquired, l.id", TaxLots::map, household, security, from,
                to);
    }

    private static TaxLot map(ResultSet rs) throws SQLException {
        return new TaxLot(LotId.of(rs.getString("id")), AccountId.of(rs.getString("account_id")),
                SecurityId.of(rs.getString("security_id")), Numbers.plain(rs.getBigDecimal("quantity")),
                Decimals.money(rs.getBigDecimal("cost_basis")), Sql.date(rs, "acquired"));
    }
}
