package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Allocation;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.domain.Require;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.ledger.ExecutionOutcome.Result;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's block orders: made from approved trades, updated by execution reports, and allocated back to the
 * accounts and their lots once done.
 */
public final class OrderBook {
    private static final Logger LOG = LoggerFactory.getLogger(OrderBook.class);
    private static final DateTimeFormatter CLORDID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String BLOCK_COLUMNS = "id, clordid, security_id, side, quantity, order_type, limit_price,"
            + " status, cum_qty, avg_px, allocated, trade_date";

    private final Transactions transactions;
    private final Clock clock;
    private final ProRataAllocator allocator = new ProRataAllocator();

    public OrderBook(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = Require.present(clock, "clock");
    }

    private record Claimable(long id, AccountId account, SecurityId security, Side side, BigDecimal quantity) {
    }

    private record BlockKey(SecurityId security, Side side) implements Comparable<BlockKey> {
        @Override
        public int compareTo(BlockKey other) {
            return Comparator.comparing(BlockKey::security).thenComparing(BlockKey::side).compare(this, other);
        }
    }

    private record BlockRow(long id, BlockOrder order, OrderStatus status, BigDecimal cumQty, BigDecimal avgPx,
            boolean allocated, LocalDate tradeDate) {
    }

    /**
     * Claims every approved trade not yet in a block and aggregates them per security and side into market orders,
     * sorted by ClOrdID. A trade is claimed once, however many callers race for it.
     */
    public List<BlockOrder> createBlocks(LocalDate tradeDate) {
        Require.present(tradeDate, "trade date");
        return transactions.inTransaction("Creating the block orders of " + tradeDate, sql -> {
            Map<BlockKey, List<Claimable>> groups = new TreeMap<>();
            for (Claimable trade : sql.list("SELECT id, account_id, security_id, side, quantity FROM proposed_trade"
                    + " WHERE status = ? AND block_id IS NULL ORDER BY id", rs -> new Claimable(rs.getLong("id"),
                            AccountId.of(rs.getString("account_id")), SecurityId.of(rs.getString("security_id")),
                            Side.valueOf(rs.getString("side")), Numbers.plain(rs.getBigDecimal("quantity"))),
                    ProposalStore.APPROVED)) {
                groups.computeIfAbsent(new BlockKey(trade.security(), trade.side()), k -> new ArrayList<>()).add(trade);
            }
            List<BlockOrder> blocks = new ArrayList<>();
            for (var group : groups.entrySet()) {
                createBlock(sql, tradeDate, group.getKey(), group.getValue()).ifPresent(blocks::add);
            }
            blocks.sort(Comparator.comparing(BlockOrder::clOrdId));
            return blocks;
        });
    }

    private Optional<BlockOrder> createBlock(Sql sql, LocalDate tradeDate, BlockKey key, List<Claimable> trades)
            throws SQLException {
        long id = sql.nextValue("clordid_seq");
        ClOrdId clOrdId = ClOrdId.of(String.format("BAL-%s-%06d", CLORDID_DATE.format(tradeDate), id));
        sql.update("INSERT INTO block_order (id, clordid, security_id, side, quantity, order_type, status, cum_qty,"
                + " avg_px, trade_date, created_at, allocated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, clOrdId,
                key.security(), key.side(), sum(trades), OrderType.MARKET, OrderStatus.PENDING_NEW, BigDecimal.ZERO,
                BigDecimal.ZERO, tradeDate, clock.instant(), false);
        // the conditional update is the claim: a trade another transaction claimed first is left out
        Map<AccountId, List<Claimable>> byAccount = new TreeMap<>();
        for (Claimable trade : trades) {
            if (sql.update("UPDATE proposed_trade SET block_id = ?, status = ? WHERE id = ? AND status = ?"
                    + " AND block_id IS NULL", id, ProposalStore.BLOCKED, trade.id(), ProposalStore.APPROVED) == 1) {
                byAccount.computeIfAbsent(trade.account(), a -> new ArrayList<>()).add(trade);
            }
        }
        if (byAccount.isEmpty()) {
            sql.update("DELETE FROM block_order WHERE id = ?", id);
            return Optional.empty();
        }
        BigDecimal quantity = BigDecimal.ZERO;
        for (var account : byAccount.entrySet()) {
            quantity = quantity.add(insertAccountOrder(sql, id, account.getKey(), account.getValue()));
        }
        sql.update("UPDATE block_order SET quantity = ? WHERE id = ?", quantity, id);
        LOG.info("Block {}: {} {} {} for {} accounts", clOrdId, key.side(), quantity.toPlainString(), key.security(),
                byAccount.size());
        return Optional.of(new BlockOrder(clOrdId, key.security(), key.side(), quantity, OrderType.MARKET, null));
    }

    /** One account's part of a block, with the lots its sales picked; returns its quantity. */
    private static BigDecimal insertAccountOrder(Sql sql, long blockId, AccountId account, List<Claimable> trades)
            throws SQLException {
        BigDecimal quantity = sum(trades);
        long accountOrderId = sql.insert("INSERT INTO account_order (block_id, account_id, quantity) VALUES (?, ?, ?)",
                blockId, account, quantity);
        int position = 0;
        for (Claimable trade : trades) {
            for (LotPick pick : ProposalStore.picks(sql, trade.id())) {
                sql.update("INSERT INTO account_order_lot (account_order_id, position, lot_id, quantity)"
                        + " VALUES (?, ?, ?, ?)", accountOrderId, position++, pick.lot(), pick.quantity());
            }
        }
        return quantity;
    }

    private static BigDecimal sum(List<Claimable> trades) {
        return trades.stream().map(Claimable::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Orders never sent to the counterparty, to send (again) after a restart; by ClOrdID. */
    public List<BlockOrder> unsent() {
        return transactions.inTransaction("Reading the unsent orders", sql -> sql.list("SELECT " + BLOCK_COLUMNS
                + " FROM block_order WHERE status = ? AND sent_at IS NULL ORDER BY clordid", OrderBook::blockRow,
                OrderStatus.PENDING_NEW).stream().map(BlockRow::order).toList());
    }

    /** Records that the order went out; the first time counts. */
    public void markSent(ClOrdId clOrdId) {
        Require.present(clOrdId, "ClOrdID");
        transactions.inTransaction("Marking " + clOrdId + " sent", sql -> {
            block(sql, clOrdId).orElseThrow(() -> new IllegalArgumentException("no block order " + clOrdId));
            return sql.update("UPDATE block_order SET sent_at = ? WHERE clordid = ? AND sent_at IS NULL",
                    clock.instant(), clOrdId);
        });
    }

    /** Stores an execution report and takes the order's status and cumulative figures from it. */
    public ExecutionOutcome apply(ExecutionReport report) {
        Require.present(report, "execution report");
        return transactions.inTransaction("Applying execution " + report.execId(), sql -> {
            Optional<BlockRow> block = block(sql, report.clOrdId());
            if (block.isEmpty()) {
                LOG.warn("Execution {} is for unknown order {}", report.execId(), report.clOrdId());
                return ExecutionOutcome.unknown(report.clOrdId());
            }
            long blockId = block.get().id();
            if (sql.first("SELECT id FROM execution WHERE block_id = ? AND exec_id = ?", rs -> rs.getLong(1), blockId,
                    report.execId()).isPresent()) {
                LOG.info("Execution {} of {} seen before; ignored", report.execId(), report.clOrdId());
                return ExecutionOutcome.of(report.clOrdId(), Result.DUPLICATE, block.get().status());
            }
            sql.insert("INSERT INTO execution (block_id, clordid, exec_id, exec_type, ord_status, last_qty, last_px,"
                    + " cum_qty, avg_px, leaves_qty, text, transact_time, received_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", blockId, report.clOrdId(), report.execId(),
                    report.type(), report.status(), report.lastQuantity(), report.lastPrice(),
                    report.cumulativeQuantity(), report.averagePrice(), report.leavesQuantity(), report.text(),
                    report.transactTime(), clock.instant());
            sql.update("UPDATE block_order SET status = ?, cum_qty = ?, avg_px = ? WHERE id = ?", report.status(),
                    report.cumulativeQuantity(), report.averagePrice(), blockId);
            LOG.info("{} {}: {} cum {} avg {}", report.clOrdId(), report.type(), report.status(),
                    report.cumulativeQuantity().toPlainString(), report.averagePrice().toPlainString());
            return ExecutionOutcome.of(report.clOrdId(), Result.APPLIED, report.status());
        });
    }

    /**
     * Allocates a terminal block's fills to its accounts and posts them, on the block's trade date, to their lots
     * and cash, with the wash sales the fills make in the accounts' households. Idempotent: a block allocated before returns its stored
     * allocations.
     *
     * @throws IllegalStateException when the block may still be filled
     */
    public List<Allocation> allocate(ClOrdId clOrdId) {
        Require.present(clOrdId, "ClOrdID");
        return transactions.inTransaction("Allocating " + clOrdId, sql -> {
            BlockRow unclaimed = block(sql, clOrdId)
                    .orElseThrow(() -> new IllegalArgumentException("no block order " + clOrdId));
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
            BlockRow block = block(sql, clOrdId).orElseThrow();
            LocalDate tradeDate = block.tradeDate();
            List<Allocation> allocations = new ArrayList<>();
            List<AccountOrder> orders = accountOrders(sql, block.id());
            List<HouseholdId> households = WashSaleMatcher.lockHouseholds(sql,
                    orders.stream().map(AccountOrder::account).toList());
            Map<AccountId, BigDecimal> shares = allocator.allocate(block.cumQty(),
                    orders.stream().map(o -> new ProRataAllocator.Request(o.account(), o.quantity())).toList(),
                    block.id());
            for (AccountOrder order : orders) {
                BigDecimal quantity = shares.get(order.account());
                if (quantity.signum() > 0) {
                    Allocation allocation = new Allocation(clOrdId, order.account(), block.order().security(),
                            block.order().side(), quantity, block.avgPx());
                    sql.update("INSERT INTO allocation (block_id, account_id, security_id, side, quantity, avg_price,"
                            + " trade_date) VALUES (?, ?, ?, ?, ?, ?, ?)", block.id(), order.account(),
                            allocation.security(), allocation.side(), quantity, block.avgPx(), tradeDate);
                    AllocationPosting.post(sql, block.id(), allocation, picks(sql, order.id()), tradeDate);
                    allocations.add(allocation);
                }
            }
            // after every account's posting, so shares sold in this block are never replacements of its losses
            for (HouseholdId household : households) {
                WashSaleMatcher.match(sql, household, block.order().security(), tradeDate);
            }
            LOG.info("Allocated {} {} of {} to {} accounts", block.cumQty().toPlainString(), block.order().security(),
                    clOrdId, allocations.size());
            return allocations;
        });
    }

    private record AccountOrder(long id, AccountId account, BigDecimal quantity) {
    }

    private static List<AccountOrder> accountOrders(Sql sql, long blockId) throws SQLException {
        return sql.list("SELECT id, account_id, quantity FROM account_order WHERE block_id = ? ORDER BY account_id",
                rs -> new AccountOrder(rs.getLong("id"), AccountId.of(rs.getString("account_id")),
                        Numbers.plain(rs.getBigDecimal("quantity"))), blockId);
    }

    private static List<LotPick> picks(Sql sql, long accountOrderId) throws SQLException {
        return sql.list("SELECT lot_id, quantity FROM account_order_lot WHERE account_order_id = ? ORDER BY position",
                rs -> new LotPick(LotId.of(rs.getString("lot_id")), Numbers.plain(rs.getBigDecimal("quantity"))),
                accountOrderId);
    }

    private static List<Allocation> allocations(Sql sql, BlockRow block) throws SQLException {
        return sql.list("SELECT account_id, quantity, avg_price FROM allocation WHERE block_id = ? ORDER BY account_id",
                rs -> new Allocation(block.order().clOrdId(), AccountId.of(rs.getString("account_id")),
                        block.order().security(), block.order().side(), Numbers.plain(rs.getBigDecimal("quantity")),
                        Numbers.plain(rs.getBigDecimal("avg_price"))), block.id());
    }

    /** The day's blocks, by ClOrdID. */
    public List<BlockOrderView> blotter(LocalDate tradeDate) {
        return transactions.inTransaction("Reading the blotter of " + tradeDate, sql -> sql.list("SELECT "
                + BLOCK_COLUMNS + " FROM block_order WHERE trade_date = ? ORDER BY clordid", OrderBook::blockRow,
                tradeDate).stream().map(row -> new BlockOrderView(row.order().clOrdId(), row.order().security(),
                        row.order().side(), row.order().quantity(), row.cumQty(), row.avgPx(), row.status(),
                        row.allocated())).toList());
    }

    /**
     * Whether the day's trading is over: no approved trade waits to be blocked, and every block of the day is
     * terminal and allocated (true for a day without trades).
     */
    public boolean allDone(LocalDate tradeDate) {
        Object[] terminal = Arrays.stream(OrderStatus.values()).filter(OrderStatus::isTerminal).map(Enum::name)
                .toArray();
        List<Object> params = new ArrayList<>(List.of(tradeDate));
        params.addAll(List.of(terminal));
        params.add(false);
        return transactions.inTransaction("Checking the blocks of " + tradeDate, sql -> sql.first(
                "SELECT COUNT(*) FROM proposed_trade WHERE status = ?", rs -> rs.getInt(1), ProposalStore.APPROVED)
                .orElseThrow() == 0
                && sql.first("SELECT COUNT(*) FROM block_order WHERE trade_date = ? AND (status NOT IN ("
                        + Sql.placeholders(terminal.length) + ") OR allocated = ?)", rs -> rs.getInt(1),
                        params.toArray()).orElseThrow() == 0);
    }

    /** Every allocation of the day, by block and account. */
    public List<Allocation> allocationsOn(LocalDate tradeDate) {
        return transactions.inTransaction("Reading the allocations of " + tradeDate, sql -> sql.list(
                "SELECT b.clordid, a.account_id, a.security_id, a.side, a.quantity, a.avg_price FROM allocation a"
                        + " JOIN block_order b ON b.id = a.block_id WHERE a.trade_date = ?"
                        + " ORDER BY b.clordid, a.account_id",
                rs -> new Allocation(ClOrdId.of(rs.getString("clordid")), AccountId.of(rs.getString("account_id")),
                        SecurityId.of(rs.getString("security_id")), Side.valueOf(rs.getString("side")),
                        Numbers.plain(rs.getBigDecimal("quantity")), Numbers.plain(rs.getBigDecimal("avg_price"))),
                tradeDate));
    }

    private static Optional<BlockRow> block(Sql sql, ClOrdId clOrdId) throws SQLException {
        return sql.first("SELECT " + BLOCK_COLUMNS + " FROM block_order WHERE clordid = ?", OrderBook::blockRow,
                clOrdId);
    }

    private static BlockRow blockRow(ResultSet rs) throws SQLException {
        BigDecimal limit = rs.getBigDecimal("limit_price");
        BlockOrder order = new BlockOrder(ClOrdId.of(rs.getString("clordid")),
                SecurityId.of(rs.getString("security_id")), Side.valueOf(rs.getString("side")),
                Numbers.plain(rs.getBigDecimal("quantity")), OrderType.valueOf(rs.getString("order_type")),
                limit == null ? null : Numbers.plain(limit));
        return new BlockRow(rs.getLong("id"), order, OrderStatus.valueOf(rs.getString("status")),
                Numbers.plain(rs.getBigDecimal("cum_qty")), Numbers.plain(rs.getBigDecimal("avg_px")),
                rs.getBoolean("allocated"), Sql.date(rs, "trade_date"));
    }
}
