package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Allocation;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.Decimals;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.Require;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The day's block orders: made from approved trades, updated by execution reports, and allocated back to the
 * accounts and their lots once done. Each public method is one transaction; making blocks ({@link BlockCreation}),
 * the state machine ({@link ExecutionApplication}) and allocation ({@link FillAllocation}) are done by collaborators.
 */
public final class OrderBook {
    private final Transactions transactions;
    private final Clock clock;
    private final BlockCreation creation;
    private final ExecutionApplication execution;
    private final FillAllocation allocation = new FillAllocation();

    public OrderBook(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = Require.present(clock, "clock");
        this.creation = new BlockCreation(clock);
        this.execution = new ExecutionApplication(clock);
    }

    /** {@link #createBlocks(LocalDate, OrderTerms)} as day market orders. */
    public List<BlockOrder> createBlocks(LocalDate tradeDate) {
        return createBlocks(tradeDate, OrderTerms.MARKET_DAY);
    }

    /**
     * Claims every approved trade of proposals for the trade date not yet in a block and aggregates them per security
     * and side into orders on the given terms, sorted by ClOrdID. A trade is claimed once, however many callers race
     * for it.
     */
    public List<BlockOrder> createBlocks(LocalDate tradeDate, OrderTerms terms) {
        Require.present(tradeDate, "trade date");
        Require.present(terms, "order terms");
        return transactions.inTransaction("Creating the block orders of " + tradeDate,
                sql -> creation.createBlocks(sql, tradeDate, terms));
    }

    /** Orders not yet handed to the FIX session, to send (again) after a restart or a logon; by ClOrdID. */
    public List<BlockOrder> unsent() {
        return transactions.inTransaction("Reading the unsent orders", sql -> sql.list("SELECT " + BlockRow.COLUMNS
                + " FROM block_order WHERE status = ? AND sending_at IS NULL ORDER BY clordid", BlockRow::of,
                OrderStatus.PENDING_NEW).stream().map(BlockRow::order).toList());
    }

    /**
     * Claims the order for sending, before it is sent: from now on it is never sent again blindly. False when it was
     * claimed before (it went out, or may have).
     */
    public boolean markSending(ClOrdId clOrdId) {
        return !markSending(List.of(clOrdId)).isEmpty();
    }

    /**
     * Claims the orders for sending, in one transaction, before they are sent; returns those claimed now, in the
     * order given (an order claimed before is left out).
     */
    public List<ClOrdId> markSending(List<ClOrdId> clOrdIds) {
        Require.present(clOrdIds, "ClOrdIDs");
        return transactions.inTransaction("Marking " + clOrdIds.size() + " order(s) sending", sql -> {
            List<ClOrdId> claimed = new ArrayList<>();
            for (ClOrdId clOrdId : clOrdIds) {
                BlockRow block = BlockRow.existing(sql, clOrdId);
                if (sql.update("UPDATE block_order SET sending_at = ? WHERE id = ? AND sending_at IS NULL",
                        clock.instant(), block.id()) == 1) {
                    OrderEvents.note(sql, block, clOrdId, "SENDING", null, null, clock.instant());
                    claimed.add(clOrdId);
                }
            }
            return claimed;
        });
    }

    /** Records that the session took the order, with the message sent. */
    public void markSent(ClOrdId clOrdId, String fixMessage) {
        Require.present(clOrdId, "ClOrdID");
        markSent(Map.of(clOrdId, fixMessage));
    }

    /** Records, in one transaction, that the session took the orders, each with the message sent. */
    public void markSent(Map<ClOrdId, String> fixMessages) {
        Require.present(fixMessages, "sent messages");
        transactions.inTransaction("Marking " + fixMessages.size() + " order(s) sent", sql -> {
            for (Map.Entry<ClOrdId, String> sent : fixMessages.entrySet()) {
                BlockRow block = BlockRow.existing(sql, sent.getKey());
                sql.update("UPDATE block_order SET sent_at = ?, sending_at = COALESCE(sending_at, ?) WHERE id = ?"
                        + " AND sent_at IS NULL", clock.instant(), clock.instant(), block.id());
                OrderEvents.note(sql, block, sent.getKey(), "SENT", null, sent.getValue(), clock.instant());
            }
            return null;
        });
    }

    /** The session refused the order before it went out (not logged on): it is free to be sent again. */
    public void sendFailed(ClOrdId clOrdId, String reason) {
        sendFailed(List.of(clOrdId), reason);
    }

    /** {@link #sendFailed(ClOrdId, String)} for several orders claimed together, in one transaction. */
    public void sendFailed(List<ClOrdId> clOrdIds, String reason) {
        Require.present(clOrdIds, "ClOrdIDs");
        transactions.inTransaction("Releasing " + clOrdIds.size() + " order(s)", sql -> {
            for (ClOrdId clOrdId : clOrdIds) {
                BlockRow block = BlockRow.existing(sql, clOrdId);
                sql.update("UPDATE block_order SET sending_at = NULL WHERE id = ? AND sent_at IS NULL", block.id());
                OrderEvents.note(sql, block, clOrdId, "SEND_FAILED", reason, null, clock.instant());
            }
            return null;
        });
    }

    /**
     * Orders whose state the book cannot know, under the ClOrdID they work under: those claimed for sending but
     * never confirmed sent (the agent stopped in between), and those sent and still working (reports may have been
     * missed while the session was down). Each is asked about with an OrderStatusRequest on logon.
     */
    public List<BlockOrder> inDoubt() {
        Object[] working = {OrderStatus.PENDING_NEW, OrderStatus.NEW, OrderStatus.PARTIALLY_FILLED};
        return transactions.inTransaction("Reading the orders in doubt", sql -> sql.list("SELECT " + BlockRow.COLUMNS
                + " FROM block_order WHERE sending_at IS NOT NULL AND status IN (?, ?, ?) ORDER BY clordid",
                BlockRow::of, working).stream().map(BlockRow::workingOrder).toList());
    }

    /** Records that the order's status was asked for, with the request. */
    public void markStatusRequested(ClOrdId clOrdId, String fixMessage) {
        recordRequestEvent(clOrdId, "STATUS_REQUESTED", fixMessage);
    }

    /**
     * Persists a request to cancel what is left of a working order, under a new ClOrdID, before it is sent.
     *
     * @throws IllegalStateException when the order is not working
     */
    public OrderRequest requestCancel(ClOrdId clOrdId) {
        return request(clOrdId, OrderRequest.Kind.CANCEL, null, null);
    }

    /**
     * Persists a request to change a working order's quantity and/or limit price (null: unchanged), under a new
     * ClOrdID, before it is sent. The order keeps its allocation to accounts; they share what fills pro rata.
     *
     * @throws IllegalStateException when the order is not working
     */
    public OrderRequest requestReplace(ClOrdId clOrdId, BigDecimal quantity, BigDecimal limitPrice) {
        return request(clOrdId, OrderRequest.Kind.REPLACE, quantity, limitPrice);
    }

    private OrderRequest request(ClOrdId clOrdId, OrderRequest.Kind kind, BigDecimal quantity, BigDecimal limit) {
        Require.present(clOrdId, "ClOrdID");
        return transactions.inTransaction("Requesting a " + kind + " of " + clOrdId, sql -> {
            BlockRow block = BlockRow.resolveExisting(sql, clOrdId);
            if (block.status().isTerminal() || block.status() == OrderStatus.PENDING_NEW) {
                throw new IllegalStateException("order " + clOrdId + " is " + block.status()
                        + "; only an acknowledged working order can be canceled or replaced");
            }
            if (quantity != null) {
                checkReplaceQuantity(sql, block, quantity);
            }
            ClOrdId requestId = BlockCreation.clOrdId(block.tradeDate(), sql.nextValue("clordid_seq"));
            BlockOrder order = kind == OrderRequest.Kind.CANCEL ? block.workingOrder()
                    : block.order().replacedBy(requestId, quantity == null ? block.order().quantity() : quantity,
                            limit);
            sql.update("INSERT INTO order_request (clordid, block_id, orig_clordid, kind, quantity, limit_price,"
                    + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", requestId, block.id(), block.working(),
                    kind, order.quantity(), order.limitPrice(), "REQUESTED", clock.instant());
            OrderEvents.note(sql, block, requestId, kind + "_REQUESTED", null, null, clock.instant());
            return new OrderRequest(requestId, block.working(), kind, order);
        });
    }

    /** A replace may shrink an order down to what has filled, and grow it back up to what its accounts asked. */
    private static void checkReplaceQuantity(Sql sql, BlockRow block, BigDecimal quantity) throws SQLException {
        BigDecimal asked = sql.first("SELECT SUM(quantity) FROM account_order WHERE block_id = ?",
                rs -> rs.getBigDecimal(1), block.id()).orElseThrow();
        if (quantity.compareTo(block.cumQty()) <= 0 || quantity.compareTo(asked) > 0) {
            throw new IllegalArgumentException("order " + block.working() + " can be replaced with more than its "
                    + block.cumQty().toPlainString() + " filled and at most the " + asked.toPlainString()
                    + " its accounts asked for, not " + quantity.toPlainString());
        }
    }

    /** Records the cancel or replace request as sent, with its message. */
    public void markRequestSent(ClOrdId requestId, String fixMessage) {
        recordRequestEvent(requestId, "REQUEST_SENT", fixMessage);
    }

    private void recordRequestEvent(ClOrdId clOrdId, String event, String fixMessage) {
        Require.present(clOrdId, "ClOrdID");
        transactions.inTransaction("Recording " + event + " of " + clOrdId, sql -> {
            BlockRow block = BlockRow.resolveExisting(sql, clOrdId);
            OrderEvents.note(sql, block, clOrdId, event, null, fixMessage, clock.instant());
            return null;
        });
    }

    /**
     * Stores a session, business or cancel reject, sent or received; a cancel reject also closes the request it
     * answers and goes into its order's history. Returns whether it concerned an order of the book.
     */
    public boolean recordReject(String session, String kind, String direction, Integer refSeqNum, ClOrdId clOrdId,
            String text) {
        return transactions.inTransaction("Recording a reject on " + session, sql -> {
            sql.update("INSERT INTO fix_reject (session, kind, direction, ref_seq_num, clordid, text, at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", session, kind, direction, refSeqNum, clOrdId,
                    text == null ? "" : text, clock.instant());
            Optional<BlockRow> block = clOrdId == null ? Optional.empty() : BlockRow.resolve(sql, clOrdId);
            if (block.isEmpty()) {
                return false;
            }
            sql.update("UPDATE order_request SET status = ? WHERE clordid = ? AND status = ?", "REJECTED", clOrdId,
                    "REQUESTED");
            OrderEvents.note(sql, block.get(), clOrdId, kind + "_REJECT_" + direction, text, null,
                    clock.instant());
            return true;
        });
    }

    /**
     * The original ClOrdID of the order a report names, by its own ClOrdID or, for a cancel or replace, the one it
     * amended; empty for an order the book does not know.
     */
    public Optional<ClOrdId> orderOf(ClOrdId clOrdId, ClOrdId origClOrdId) {
        Require.present(clOrdId, "ClOrdID");
        return transactions.inTransaction("Finding the order of " + clOrdId,
                sql -> BlockRow.resolve(sql, clOrdId, origClOrdId).map(row -> row.order().clOrdId()));
    }

    /** The order's history, oldest first, whichever ClOrdID of its chain names it. */
    public List<OrderEvent> events(ClOrdId clOrdId) {
        return transactions.inTransaction("Reading the history of " + clOrdId, sql -> {
            Optional<BlockRow> block = BlockRow.resolve(sql, clOrdId);
            return block.isEmpty() ? List.of() : OrderEvents.of(sql, block.get().id());
        });
    }

    /**
     * Takes an execution report through the state machine: stores it and takes the order's status and cumulative
     * figures from it, or refuses a transition the order cannot make (recorded and logged, the order unchanged). A
     * bust or correction of an allocated block takes its allocation back out, to be allocated again.
     */
    public ExecutionOutcome apply(ExecutionReport report) {
        Require.present(report, "execution report");
        return transactions.inTransaction("Applying execution " + report.execId(),
                sql -> execution.apply(sql, report));
    }

    /**
     * Applies the reports in the order given, as {@link #apply(ExecutionReport)} does, then allocates every block
     * they leave terminal and not yet allocated, as {@link #allocate(ClOrdId)} does, all in one transaction: applied
     * and allocated together or, when one fails, not at all. A block filled and then busted within the batch is
     * left unallocated, as allocating and reversing it would leave it. Returns each report's outcome; the
     * allocations of a block go with its last report.
     */
    public List<AppliedExecution> applyAll(List<ExecutionReport> reports) {
        Require.present(reports, "execution reports");
        return transactions.inTransaction("Applying " + reports.size() + " execution(s)", sql -> {
            List<ExecutionOutcome> outcomes = new ArrayList<>();
            for (ExecutionReport report : reports) {
                outcomes.add(execution.apply(sql, report));
            }
            // the last applied report of each block that is now terminal and waits to be allocated
            Map<Long, Integer> toAllocate = new TreeMap<>();
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).result() == ExecutionOutcome.Result.APPLIED) {
                    BlockRow block = BlockRow.resolveExisting(sql, outcomes.get(i).clOrdId());
                    if (block.status().isTerminal() && !block.allocated()) {
                        toAllocate.put(block.id(), i);
                    } else {
                        toAllocate.remove(block.id());
                    }
                }
            }
            lockHouseholds(sql, toAllocate.keySet());
            Map<Integer, List<Allocation>> allocations = new TreeMap<>();
            for (int i : toAllocate.values()) {
                allocations.put(i, allocation.allocate(sql, outcomes.get(i).clOrdId()));
            }
            List<AppliedExecution> applied = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                applied.add(new AppliedExecution(outcomes.get(i), allocations.containsKey(i),
                        allocations.getOrDefault(i, List.of())));
            }
            return applied;
        });
    }

    /**
     * Locks the households of the blocks' accounts at once, in id order, before any is allocated (each allocation
     * locks its own again): two batches allocating blocks of the same households cannot wait on each other.
     */
    private static void lockHouseholds(Sql sql, Collection<Long> blockIds) throws SQLException {
        Set<AccountId> accounts = new TreeSet<>();
        for (long blockId : blockIds) {
            FillAllocation.accountOrders(sql, blockId).forEach(order -> accounts.add(order.account()));
        }
        WashSaleMatcher.lockHouseholds(sql, List.copyOf(accounts));
    }

    /**
     * Allocates a terminal block's fills to its accounts and posts them, on the block's trade date, to their lots
     * and cash, with the wash sales the fills make in the accounts' households. Idempotent: a block allocated
     * before returns its stored allocations.
     *
     * @throws IllegalStateException when the block may still be filled
     */
    public List<Allocation> allocate(ClOrdId clOrdId) {
        Require.present(clOrdId, "ClOrdID");
        return transactions.inTransaction("Allocating " + clOrdId, sql -> allocation.allocate(sql, clOrdId));
    }

    /** Each account's share of the order as its accounts asked for it: its pre-allocation. */
    public Map<AccountId, BigDecimal> accountQuantities(ClOrdId clOrdId) {
        return transactions.inTransaction("Reading the accounts of " + clOrdId, sql -> {
            BlockRow block = BlockRow.resolveExisting(sql, clOrdId);
            Map<AccountId, BigDecimal> quantities = new TreeMap<>();
            FillAllocation.accountOrders(sql, block.id())
                    .forEach(order -> quantities.put(order.account(), order.quantity()));
            return quantities;
        });
    }

    /** The day's blocks, by ClOrdID. */
    public List<BlockOrderView> blotter(LocalDate tradeDate) {
        return transactions.inTransaction("Reading the blotter of " + tradeDate, sql -> sql.list("SELECT "
                + BlockRow.COLUMNS + " FROM block_order WHERE trade_date = ? ORDER BY clordid", BlockRow::of,
                tradeDate).stream().map(row -> new BlockOrderView(row.order().clOrdId(), row.order().security(),
                        row.order().side(), row.order().quantity(), row.cumQty(), row.avgPx(), row.commission(),
                        row.status(), row.allocated())).toList());
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
                "SELECT b.clordid, a.account_id, a.security_id, a.side, a.quantity, a.avg_price, a.commission"
                        + " FROM allocation a"
                        + " JOIN block_order b ON b.id = a.block_id WHERE a.trade_date = ?"
                        + " ORDER BY b.clordid, a.account_id",
                rs -> new Allocation(ClOrdId.of(rs.getString("clordid")), AccountId.of(rs.getString("account_id")),
                        SecurityId.of(rs.getString("security_id")), Side.valueOf(rs.getString("side")),
                        Numbers.plain(rs.getBigDecimal("quantity")), Numbers.plain(rs.getBigDecimal("avg_price")),
                        Decimals.money(rs.getBigDecimal("commission"))),
                tradeDate));
    }
}
