package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.BreakType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.SecurityId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** The reconciliation breaks found when batches were loaded. */
public final class ReconBreaks {
    private final Transactions transactions;

    public ReconBreaks(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** The breaks of one batch, in the order they were found (by account, then security, cash last). */
    public List<ReconBreak> ofBatch(long batchId) {
        return transactions.inTransaction("Reading the breaks of batch " + batchId, sql -> ofBatch(sql, batchId));
    }

    /** The breaks one batch found in the accounts of one household. */
    public List<ReconBreak> ofHousehold(long batchId, HouseholdId household) {
        return transactions.inTransaction("Reading the breaks of " + household + " in batch " + batchId,
                sql -> sql.list("SELECT r.account_id, r.security_id, r.break_type, r.expected, r.actual"
                        + " FROM recon_break r JOIN account a ON a.id = r.account_id"
                        + " WHERE r.batch_id = ? AND a.household_id = ? ORDER BY r.id", ReconBreaks::row, batchId,
                        household));
    }

    static List<ReconBreak> ofBatch(Sql sql, long batchId) throws SQLException {
        return sql.list("SELECT account_id, security_id, break_type, expected, actual FROM recon_break"
                + " WHERE batch_id = ? ORDER BY id", ReconBreaks::row, batchId);
    }

    private static ReconBreak row(ResultSet rs) throws SQLException {
        String security = rs.getString("security_id");
        return new ReconBreak(AccountId.of(rs.getString("account_id")),
                security == null ? null : SecurityId.of(security), BreakType.valueOf(rs.getString("break_type")),
                Numbers.plain(rs.getBigDecimal("expected")), Numbers.plain(rs.getBigDecimal("actual")));
    }
}
