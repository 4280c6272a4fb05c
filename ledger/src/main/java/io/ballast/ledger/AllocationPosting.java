package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Allocation;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Posts an account's allocation to the book: a buy opens a lot and spends cash; a sale relieves lots, records the
 * realised pieces and adds the proceeds to cash.
 */
final class AllocationPosting {
    private AllocationPosting() {
    }

    static void post(Sql sql, long blockId, Allocation allocation, List<LotPick> picks, LocalDate tradeDate)
            throws SQLException {
        if (allocation.side() == Side.BUY) {
            BigDecimal cost = Numbers.money(allocation.quantity().multiply(allocation.averagePrice()));
            TaxLots.insert(sql, new TaxLot(LotId.of(allocation.block() + "-" + allocation.account()),
                    allocation.account(), allocation.security(), allocation.quantity(), cost, tradeDate));
            addCash(sql, allocation.account(), cost.negate());
        } else {
            addCash(sql, allocation.account(), sell(sql, blockId, allocation, picks, tradeDate));
        }
    }

    /** Relieves the picked lots in the order picked, then FIFO for what they no longer cover; returns the proceeds. */
    private static BigDecimal sell(Sql sql, long blockId, Allocation allocation, List<LotPick> picks,
            LocalDate tradeDate) throws SQLException {
        BigDecimal left = allocation.quantity();
        BigDecimal proceeds = BigDecimal.ZERO;
        for (LotPick pick : picks) {
            Optional<TaxLot> lot = TaxLots.find(sql, pick.lot()).filter(held -> isOfSale(held, allocation));
            if (lot.isPresent() && left.signum() > 0) {
                BigDecimal quantity = left.min(pick.quantity()).min(lot.get().quantity());
                proceeds = proceeds.add(relieve(sql, blockId, lot.get(), quantity, allocation, tradeDate));
                left = left.subtract(quantity);
            }
        }
        for (TaxLot lot : TaxLots.held(sql, allocation.account(), allocation.security())) {
            if (left.signum() > 0) {
                BigDecimal quantity = left.min(lot.quantity());
                proceeds = proceeds.add(relieve(sql, blockId, lot, quantity, allocation, tradeDate));
                left = left.subtract(quantity);
            }
        }
        if (left.signum() > 0) {
            throw new IllegalStateException("account " + allocation.account() + " holds " + left.toPlainString()
                    + " shares of " + allocation.security() + " too few to settle the sale of block "
                    + allocation.block());
        }
        return proceeds;
    }

    private static boolean isOfSale(TaxLot lot, Allocation allocation) {
        return lot.account().equals(allocation.account()) && lot.security().equals(allocation.security());
    }

    /** Closes {@code quantity} shares of the lot and returns their proceeds. */
    private static BigDecimal relieve(Sql sql, long blockId, TaxLot lot, BigDecimal quantity, Allocation allocation,
            LocalDate tradeDate) throws SQLException {
        boolean whole = quantity.compareTo(lot.quantity()) == 0;
        BigDecimal basis = whole ? lot.costBasis()
                : lot.costBasis().multiply(quantity).divide(lot.quantity(), 2, RoundingMode.HALF_EVEN);
        BigDecimal proceeds = Numbers.money(quantity.multiply(allocation.averagePrice()));
        if (whole) {
            sql.update("DELETE FROM tax_lot WHERE id = ?", lot.id());
        } else {
            sql.update("UPDATE tax_lot SET quantity = ?, cost_basis = ? WHERE id = ?",
                    lot.quantity().subtract(quantity), lot.costBasis().subtract(basis), lot.id());
        }
        sql.update("INSERT INTO realized_lot (block_id, account_id, security_id, lot_id, acquired, quantity, proceeds,"
                + " basis, gain, term, trade_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", blockId, lot.account(),
                lot.security(), lot.id(), lot.acquired(), quantity, proceeds, basis, proceeds.subtract(basis),
                lot.term(tradeDate), tradeDate);
        return proceeds;
    }

    private static void addCash(Sql sql, AccountId account, BigDecimal amount) throws SQLException {
        if (sql.update("UPDATE cash_balance SET amount = amount + ? WHERE account_id = ?", amount, account) == 0) {
            sql.update("INSERT INTO cash_balance (account_id, amount) VALUES (?, ?)", account, amount);
        }
    }
}
