package io.ballast.ledger;

import io.ballast.domain.Decimals;
import io.ballast.domain.AccountId;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.Require;
import io.ballast.domain.SecurityId;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/** Reads the wash sales the allocations recorded, for reports. */
public final class WashSales {
    private final Transactions transactions;

    public WashSales(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** The household's wash-sale matches of loss sales from {@code from} to {@code to}, by sale and match. */
    public List<WashSale> ofHousehold(HouseholdId household, LocalDate from, LocalDate to) {
        Require.present(household, "household");
        Require.present(from, "first sale date");
        Require.present(to, "last sale date");
        return transactions.inTransaction("Reading the wash sales of " + household, sql -> sql.list(
                "SELECT w.realized_lot_id, r.account_id, r.lot_id, r.security_id, w.sale_date,"
                        + " w.replacement_account_id, w.replacement_lot_id, w.purchase_date, w.quantity,"
                        + " w.disallowed_loss, w.permanent FROM wash_sale w"
                        + " JOIN realized_lot r ON r.id = w.realized_lot_id JOIN account a ON a.id = r.account_id"
                        + " WHERE a.household_id = ? AND w.sale_date BETWEEN ? AND ? ORDER BY w.sale_date, w.id",
                rs -> new WashSale(rs.getLong("realized_lot_id"), AccountId.of(rs.getString("account_id")),
                        LotId.of(rs.getString("lot_id")), SecurityId.of(rs.getString("security_id")),
                        Sql.date(rs, "sale_date"), AccountId.of(rs.getString("replacement_account_id")),
                        LotId.of(rs.getString("replacement_lot_id")), Sql.date(rs, "purchase_date"),
                        Numbers.plain(rs.getBigDecimal("quantity")), Decimals.money(rs.getBigDecimal("disallowed_loss")),
                        rs.getBoolean("permanent")), household, from, to));
    }
}
