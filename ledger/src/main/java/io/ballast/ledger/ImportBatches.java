package io.ballast.ledger;

import java.util.Optional;
import javax.sql.DataSource;

/** The record of loaded custodian files. */
public final class ImportBatches {
    private final Transactions transactions;

    public ImportBatches(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** The latest load of a file of that name from that custodian, if it was loaded. */
    public Optional<ImportBatch> findByFile(String custodian, String fileName) {
        return transactions.inTransaction("Finding the load of " + fileName, sql -> sql.first(
                "SELECT b.id, b.custodian, b.file_name, b.as_of, b.account_count, b.lot_count, b.break_count,"
                        + " (SELECT COUNT(DISTINCT a.household_id) FROM batch_account ba"
                        + " JOIN account a ON a.id = ba.account_id WHERE ba.batch_id = b.id) AS households"
                        + " FROM import_batch b WHERE b.custodian = ? AND b.file_name = ? ORDER BY b.id DESC",
                rs -> new ImportBatch(rs.getLong("id"), rs.getString("custodian"), rs.getString("file_name"),
                        Sql.date(rs, "as_of"), rs.getInt("account_count"), rs.getInt("lot_count"),
                        rs.getInt("households"), rs.getInt("break_count")),
                custodian, fileName));
    }
}
