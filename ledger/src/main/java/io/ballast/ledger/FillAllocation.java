package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Allocation;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.Decimals;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Allocates a terminal block's fills to its accounts and posts them to their lots and cash; each account carries
 * its pro-rata share of the block's commission.
 */
final class FillAllocation {
    private static final Logger LOG = LoggerFactory.getLogger(FillAllocation.class);

    private final ProRataAllocator allocator = new ProRataAllocator();

    /** See {@link OrderBook#allocate(ClOrdId)}. */
    List<Allocation> allocate(Sql sql, ClOrdId clOrdId) throws SQLException {
        BlockRow unclaimed = BlockRow.resolveExisting(sql, clOrdId);
        if (!unclaimed.status().isTerminal()) {
            throw new IllegalStateException("block " + clOrdId + " is " + unclaimed.status()
                    + "; only a block that can get no more fills is allocated");
        }
        // setting the flag first is the claim: of two racing callers, one allocates and one reads
        if (sql.update("UPDATE block_order SET allocated = ? WHERE id = ? AND allocated = ?", true,
                unclaimed.id(), false) == 0) {
            return allocations(sql, unclaimed);
        }
        // read again under the claim's row lock: the fills are final now
        BlockRow block = BlockRow.resolve(sql, clOrdId).orElseThrow();
        LocalDate tradeDate = block.tradeDate();
        List<Allocation> allocations = new ArrayList<>();
        List<AccountOrder> orders = accountOrders(sql, block.id());
        List<HouseholdId> households = WashSaleMatcher.lockHouseholds(sql,
                orders.stream().map(AccountOrder::account).toList());
        Map<AccountId, BigDecimal> shares = allocator.allocate(block.cumQty(),
                orders.stream().map(o -> new ProRataAllocator.Request(o.account(), o.quantity())).toList(),
                block.id());
        Map<AccountId, BigDecimal> commissions = Commissions.split(block.commission(), shares);
        for (AccountOrder order : orders) {
            BigDecimal quantity = shares.get(order.account());
            if (quantity.signum() > 0) {
                Allocation allocation = new Allocation(block.order().clOrdId(), order.account(),
                        block.order().security(), block.order().side(), quantity, block.avgPx(),
                        commissions.get(order.account()));
                sql.update("INSERT INTO allocation (block_id, account_id, security_id, side, quantity, avg_price,"
                        + " commission, trade_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", block.id(), order.account(),
                        allocation.security(), allocation.side(), quantity, block.avgPx(), allocation.commission(),
                        tradeDate);
                AllocationPosting.post(sql, block.id(), allocation, picks(sql, order.id()), tradeDate);
                allocations.add(allocation);
            }
        }
        // after every account's posting, so shares sold in this block are never replacements of its losses
        for (HouseholdId household : households) {
            WashSaleMatcher.match(sql, household, block.order().security(), tradeDate);
        }
        LOG.info("Allocated {} {} of {} to {} accounts, commission {}", block.cumQty().toPlainString(),
                block.order().security(), clOrdId, allocations.size(), block.commission().toPlainString());
        return allocations;
    }

    record AccountOrder(long id, AccountId account, BigDecimal quantity) {
    }

    static List<AccountOrder> accountOrders(Sql sql, long blockId) throws SQLException {
        return sql.list("SELECT id, account_id, quantity FROM account_order WHERE block_id = ? ORDER BY account_id",
                rs -> new AccountOrder(rs.getLong("id"), AccountId.of(rs.getString("account_id")),
                        Numbers.plain(rs.getBigDecimal("quantity"))), blockId);
    }

    private static List<LotPick> picks(Sql sql, long accountOrderId) throws SQLException {
        return sql.list("SELECT lot_id, quantity FROM account_order_lot WHERE account_order_id = ? ORDER BY position",
                rs -> new LotPick(LotId.of(rs.getString("lot_id")), Numbers.plain(rs.getBigDecimal("quantity"))),
                accountOrderId);
    }

    static List<Allocation> allocations(Sql sql, BlockRow block) throws SQLException {
        return sql.list("SELECT account_id, quantity, avg_price, commission FROM allocation WHERE block_id = ?"
                + " ORDER BY account_id", rs -> new Allocation(block.order().clOrdId(),
                        AccountId.of(rs.getString("account_id")), block.order().security(), block.order().side(),
                        Numbers.plain(rs.getBigDecimal("quantity")), Numbers.plain(rs.getBigDecimal("avg_price")),
                        Decimals.money(rs.getBigDecimal("commission"))), block.id());
    }
}
