package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.BreakType;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.SecurityId;
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

    static List<ReconBreak> ofBatch(Sql sql, long batchId) throws SQLException {
        return sql.list("SELECT account_id, security_id, break_type, expected, actual FROM recon_break"
                + " WHERE batch_id = ? ORDER BY id", rs -> {
                    String security = rs.getString("security_id");
                    return new ReconBreak(AccountId.of(rs.getString("account_id")),
                            security == null ? null : SecurityId.of(security),
                            BreakType.valueOf(rs.getString("break_type")), Numbers.plain(rs.getBigDecimal("expected")),
                            Numbers.plain(rs.getBigDecimal("actual")));
                }, batchId);
    }
}
