package io.ballast.ledger;

import io.ballast.domain.Decimals;
import io.ballast.domain.AccountId;
import io.ballast.domain.Allocation;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Posts an account's allocation to the book: a buy opens a lot and spends cash, its commission in the lot's basis; a
 * sale relieves lots, records the realised pieces and adds the proceeds, net of its commission, to cash.
 */
final class AllocationPosting {
    private AllocationPosting() {
    }

    /** The lot an account's share of a buy block opens: named after the block, so a reversal can find it. */
    static LotId boughtLot(ClOrdId block, AccountId account) {
        return LotId.of(block + "-" + account);
    }

    /** What a buy costs: its shares at the average price, plus its commission. */
    static BigDecimal cost(BigDecimal quantity, BigDecimal averagePrice, BigDecimal commission) {
        return Decimals.money(quantity.multiply(averagePrice)).add(commission);
    }

    static void post(Sql sql, long blockId, Allocation allocation, List<LotPick> picks, LocalDate tradeDate)
            throws SQLException {
        if (allocation.side() == Side.BUY) {
            BigDecimal cost = cost(allocation.quantity(), allocation.averagePrice(), allocation.commission());
            TaxLots.insert(sql, new TaxLot(boughtLot(allocation.block(), allocation.account()),
                    allocation.account(), allocation.security(), allocation.quantity(), cost, tradeDate));
            addCash(sql, allocation.account(), cost.negate());
        } else {
            addCash(sql, allocation.account(), sell(sql, blockId, allocation, picks, tradeDate));
        }
    }

    /** Relieves the picked lots in the order picked, then FIFO for what they no longer cover; returns the proceeds. */
    private static BigDecimal sell(Sql sql, long blockId, Allocation allocation, List<LotPick> picks,
            LocalDate tradeDate) throws SQLException {
        Sale sale = new Sale(sql, blockId, allocation, tradeDate);
        for (LotPick pick : picks) {
            Optional<TaxLot> lot = TaxLots.find(sql, pick.lot()).filter(held -> isOfSale(held, allocation));
            if (lot.isPresent()) {
                sale.relieve(lot.get(), pick.quantity());
            }
        }
        for (TaxLot lot : TaxLots.held(sql, allocation.account(), allocation.security())) {
            sale.relieve(lot, lot.quantity());
        }
        if (sale.left.signum() > 0) {
            throw new IllegalStateException("account " + allocation.account() + " holds " + sale.left.toPlainString()
                    + " shares of " + allocation.security() + " too few to settle the sale of block "
                    + allocation.block());
        }
        return sale.proceeds;
    }

    private static boolean isOfSale(TaxLot lot, Allocation allocation) {
        return lot.account().equals(allocation.account()) && lot.security().equals(allocation.security());
    }

    /**
     * One account's sale, lot piece by lot piece. Each piece's proceeds, net of its share of the commission, are the
     * difference of the rounded running totals, so the pieces add up to the cent to the net proceeds of the whole
     * sale, as the custodian books them, and each piece's gain is net of its commission.
     */
    private static final class Sale {
        private final Sql sql;
        private final long blockId;
        private final Allocation allocation;
        private final LocalDate tradeDate;
        private BigDecimal left;
        private BigDecimal proceeds = BigDecimal.ZERO;

        Sale(Sql sql, long blockId, Allocation allocation, LocalDate tradeDate) {
            this.sql = sql;
            this.blockId = blockId;
            this.allocation = allocation;
            this.tradeDate = tradeDate;
            this.left = allocation.quantity();
        }

        /** Closes up to {@code wanted} shares of the lot, as many as the sale still needs. */
        void relieve(TaxLot lot, BigDecimal wanted) throws SQLException {
            BigDecimal quantity = left.min(wanted).min(lot.quantity());
            if (quantity.signum() <= 0) {
                return;
            }
            left = left.subtract(quantity);
            BigDecimal sold = allocation.quantity().subtract(left);
            BigDecimal piece = Decimals.money(sold.multiply(allocation.averagePrice()))
                    .subtract(Commissions.upTo(allocation.commission(), sold, allocation.quantity()))
                    .subtract(proceeds);
            proceeds = proceeds.add(piece);
            BigDecimal basis = lot.basisOf(quantity);
            if (quantity.compareTo(lot.quantity()) == 0) {
                sql.update("DELETE FROM tax_lot WHERE id = ?", lot.id());
            } else {
                TaxLots.update(sql, new TaxLot(lot.id(), lot.account(), lot.security(),
                        lot.quantity().subtract(quantity), lot.costBasis().subtract(basis), lot.acquired()));
            }
            sql.update("INSERT INTO realized_lot (block_id, account_id, security_id, lot_id, acquired, quantity,"
                    + " proceeds, basis, gain, term, trade_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", blockId,
                    lot.account(), lot.security(), lot.id(), lot.acquired(), quantity, piece, basis,
                    piece.subtract(basis), lot.term(tradeDate), tradeDate);
        }
    }

    static void addCash(Sql sql, AccountId account, BigDecimal amount) throws SQLException {
        if (sql.update("UPDATE cash_balance SET amount = amount + ? WHERE account_id = ?", amount, account) == 0) {
            sql.update("INSERT INTO cash_balance (account_id, amount) VALUES (?, ?)", account, amount);
        }
    }
}
