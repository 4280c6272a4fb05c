package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.Decimals;
import io.ballast.domain.LotId;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Takes a block's allocation back out of the book after a bust or correction: the wash sales it made are undone,
 * the lots its buys opened are closed and their cost, commission included, returned to cash, the lots its sales
 * relieved are restored and their net proceeds taken back, and the block is left unallocated, to be allocated again from its corrected fills.
 * Refused (the whole transaction rolls back) when shares it bought have been sold since: those need an operator.
 */
final class AllocationReversal {
    private AllocationReversal() {
    }

    private record Wash(long id, long realizedLotId, LotId replacement, BigDecimal disallowed, boolean permanent,
            LocalDate purchaseDate) {
    }

    private record Posted(AccountId account, SecurityId security, Side side, BigDecimal quantity, BigDecimal price,
            BigDecimal commission) {
    }

    private record Realized(long id, AccountId account, SecurityId security, LotId lot, LocalDate acquired,
            BigDecimal quantity, BigDecimal proceeds, BigDecimal basis) {
    }

    static void reverse(Sql sql, long blockId, ClOrdId clOrdId) throws SQLException {
        String boughtLots = clOrdId.value() + "-%";
        for (Wash wash : sql.list("SELECT w.id, w.realized_lot_id, w.replacement_lot_id, w.disallowed_loss,"
                + " w.permanent, w.purchase_date FROM wash_sale w JOIN realized_lot r ON r.id = w.realized_lot_id"
                + " WHERE r.block_id = ? OR w.replacement_lot_id LIKE ? ORDER BY w.id DESC",
                rs -> new Wash(rs.getLong(1), rs.getLong(2), LotId.of(rs.getString(3)), rs.getBigDecimal(4),
                        rs.getBoolean(5), Sql.date(rs, "purchase_date")), blockId, boughtLots)) {
            undo(sql, wash);
        }
        for (Posted posted : sql.list("SELECT account_id, security_id, side, quantity, avg_price, commission"
                + " FROM allocation WHERE block_id = ?", rs -> new Posted(AccountId.of(rs.getString(1)),
                        SecurityId.of(rs.getString(2)), Side.valueOf(rs.getString(3)),
                        Numbers.plain(rs.getBigDecimal(4)), Numbers.plain(rs.getBigDecimal(5)),
                        Decimals.money(rs.getBigDecimal(6))), blockId)) {
            if (posted.side() == Side.BUY) {
                closeBoughtLot(sql, clOrdId, posted);
            }
        }
        for (Realized piece : sql.list("SELECT id, account_id, security_id, lot_id, acquired, quantity, proceeds,"
                + " basis FROM realized_lot WHERE block_id = ?", rs -> new Realized(rs.getLong("id"),
                        AccountId.of(rs.getString("account_id")), SecurityId.of(rs.getString("security_id")),
                        LotId.of(rs.getString("lot_id")), Sql.date(rs, "acquired"),
                        Numbers.plain(rs.getBigDecimal("quantity")), rs.getBigDecimal("proceeds"),
                        rs.getBigDecimal("basis")), blockId)) {
            restore(sql, piece);
        }
        sql.update("DELETE FROM allocation WHERE block_id = ?", blockId);
        sql.update("UPDATE block_order SET allocated = ? WHERE id = ?", false, blockId);
    }

    /** Gives the replacement lot its own basis and date back and merges a split-off lot into the lot it came from. */
    private static void undo(Sql sql, Wash wash) throws SQLException {
        Optional<TaxLot> replacement = TaxLots.find(sql, wash.replacement());
        if (replacement.isEmpty()) {
            throw new IllegalStateException("lot " + wash.replacement() + ", the replacement in a wash sale of this"
                    + " block, has been sold since; its allocation must be reversed by an operator");
        }
        TaxLot lot = replacement.get();
        if (!wash.permanent()) {
            lot = new TaxLot(lot.id(), lot.account(), lot.security(), lot.quantity(),
                    lot.costBasis().subtract(wash.disallowed()), wash.purchaseDate());
            TaxLots.update(sql, lot);
        }
        sql.update("UPDATE realized_lot SET disallowed_loss = disallowed_loss - ? WHERE id = ?", wash.disallowed(),
                wash.realizedLotId());
        sql.update("DELETE FROM wash_sale WHERE id = ?", wash.id());
        String id = lot.id().value();
        int split = id.lastIndexOf(WashSaleMatcher.SPLIT_MARK);
        if (split > 0) {
            Optional<TaxLot> parent = TaxLots.find(sql, LotId.of(id.substring(0, split)));
            if (parent.isPresent()) {
                TaxLot whole = parent.get();
                TaxLots.update(sql, new TaxLot(whole.id(), whole.account(), whole.security(),
                        whole.quantity().add(lot.quantity()), whole.costBasis().add(lot.costBasis()),
                        whole.acquired()));
                sql.update("DELETE FROM tax_lot WHERE id = ?", lot.id());
            }
        }
    }

    private static void closeBoughtLot(Sql sql, ClOrdId clOrdId, Posted posted) throws SQLException {
        LotId id = AllocationPosting.boughtLot(clOrdId, posted.account());
        Optional<TaxLot> lot = TaxLots.find(sql, id);
        if (lot.isEmpty() || lot.get().quantity().compareTo(posted.quantity()) != 0) {
            throw new IllegalStateException("lot " + id + " no longer holds the " + posted.quantity().toPlainString()
                    + " shares block " + clOrdId + " bought; its allocation must be reversed by an operator");
        }
        sql.update("DELETE FROM tax_lot WHERE id = ?", id);
        AllocationPosting.addCash(sql, posted.account(),
                AllocationPosting.cost(posted.quantity(), posted.price(), posted.commission()));
    }

    private static void restore(Sql sql, Realized piece) throws SQLException {
        Optional<TaxLot> rest = TaxLots.find(sql, piece.lot());
        if (rest.isPresent()) {
            TaxLot lot = rest.get();
            TaxLots.update(sql, new TaxLot(lot.id(), lot.account(), lot.security(), lot.quantity().add(piece.quantity()),
                    lot.costBasis().add(piece.basis()), lot.acquired()));
        } else {
            TaxLots.insert(sql, new TaxLot(piece.lot(), piece.account(), piece.security(), piece.quantity(),
                    piece.basis(), piece.acquired()));
        }
        AllocationPosting.addCash(sql, piece.account(), piece.proceeds().negate());
        sql.update("DELETE FROM realized_lot WHERE id = ?", piece.id());
    }
}
