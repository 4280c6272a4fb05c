package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.BreakType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.SecurityId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The reconciliation breaks found when batches were loaded, and the reports made of them. */
public final class ReconBreaks {
    private static final String COLUMNS = "r.account_id, r.security_id, r.break_type, r.expected, r.actual, r.detail";

    private final Transactions transactions;

    public ReconBreaks(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** The breaks of one batch, in the order they were found (by account, then security, cash last). */
    public List<ReconBreak> ofBatch(long batchId) {
        return transactions.inTransaction("Reading the breaks of batch " + batchId, sql -> ofBatch(sql, batchId));
    }

    /** The breaks one batch found in the accounts of one household, timing differences included. */
    public List<ReconBreak> ofHousehold(long batchId, HouseholdId household) {
        return transactions.inTransaction("Reading the breaks of " + household + " in batch " + batchId,
                sql -> sql.list("SELECT " + COLUMNS + " FROM recon_break r JOIN account a ON a.id = r.account_id"
                        + " WHERE r.batch_id = ? AND a.household_id = ? ORDER BY r.id", ReconBreaks::row, batchId,
                        household));
    }

    /** The report of one batch. */
    public ReconReport reportOfBatch(long batchId) {
        return transactions.inTransaction("Reading the reconciliation of batch " + batchId, sql -> {
            ReconReport.Batch batch = batches(sql, "b.id = ?", batchId).get(0);
            return new ReconReport(batch.asOf(), List.of(batch));
        });
    }

    /** The report of every file loaded as of that date, oldest load first; empty when none was. */
    public ReconReport reportAsOf(LocalDate asOf) {
        return transactions.inTransaction("Reading the reconciliation as of " + asOf,
                sql -> new ReconReport(asOf, batches(sql, "b.as_of = ?", asOf)));
    }

    /** The as-of date of the newest file loaded, if any was. */
    public Optional<LocalDate> latestAsOf() {
        return transactions.inTransaction("Finding the latest as-of date",
                sql -> sql.first("SELECT as_of FROM import_batch ORDER BY as_of DESC", rs -> Sql.date(rs, "as_of")));
    }

    private static List<ReconReport.Batch> batches(Sql sql, String where, Object param) throws SQLException {
        List<ReconReport.Batch> batches = new ArrayList<>();
        for (ReconReport.Batch batch : sql.list("SELECT b.id, b.custodian, b.file_name, b.as_of, b.account_count,"
                + " b.loaded_at FROM import_batch b WHERE " + where + " ORDER BY b.id",
                rs -> new ReconReport.Batch(rs.getLong("id"), rs.getString("custodian"), rs.getString("file_name"),
                        Sql.date(rs, "as_of"), Sql.instant(rs, "loaded_at"),
                        rs.getInt("account_count"), List.of()), param)) {
            batches.add(new ReconReport.Batch(batch.id(), batch.custodian(), batch.file(), batch.asOf(),
                    batch.loadedAt(), batch.accounts(), ofBatch(sql, batch.id())));
        }
        return batches;
    }

    static List<ReconBreak> ofBatch(Sql sql, long batchId) throws SQLException {
        return sql.list("SELECT " + COLUMNS + " FROM recon_break r WHERE r.batch_id = ? ORDER BY r.id",
                ReconBreaks::row, batchId);
    }

    private static ReconBreak row(ResultSet rs) throws SQLException {
        String security = rs.getString("security_id");
        return new ReconBreak(AccountId.of(rs.getString("account_id")),
                security == null ? null : SecurityId.of(security), BreakType.valueOf(rs.getString("break_type")),
                Numbers.plain(rs.getBigDecimal("expected")), Numbers.plain(rs.getBigDecimal("actual")),
                rs.getString("detail"));
    }
}
