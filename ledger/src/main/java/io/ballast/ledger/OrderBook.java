package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Allocation;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.domain.Require;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TimeInForce;
import io.ballast.ledger.ExecutionOutcome.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    private static final String BLOCK_COLUMNS = "id, clordid, current_clordid, security_id, side, quantity,"
            + " order_type, limit_price, time_in_force, status, cum_qty, avg_px, allocated, trade_date";
    private static final BigDecimal BASIS_POINTS = new BigDecimal("10000");
    private static final int PRICE_SCALE = 2;

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

    /** {@code order} carries the original ClOrdID; {@code working} the one the counterparty knows it by now. */
    record BlockRow(long id, BlockOrder order, ClOrdId working, OrderStatus status, BigDecimal cumQty,
            BigDecimal avgPx, boolean allocated, LocalDate tradeDate) {
        BlockOrder workingOrder() {
            return new BlockOrder(working, order.security(), order.side(), order.quantity(), order.type(),
                    order.limitPrice(), order.timeInForce());
        }
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
        return transactions.inTransaction("Creating the block orders of " + tradeDate, sql -> {
            Map<BlockKey, List<Claimable>> groups = new TreeMap<>();
            for (Claimable trade : sql.list("SELECT t.id, t.account_id, t.security_id, t.side, t.quantity"
                    + " FROM proposed_trade t JOIN proposal p ON p.id = t.proposal_id"
                    + " WHERE t.status = ? AND t.block_id IS NULL AND p.trade_date = ? ORDER BY t.id",
                    rs -> new Claimable(rs.getLong("id"), AccountId.of(rs.getString("account_id")),
                            SecurityId.of(rs.getString("security_id")), Side.valueOf(rs.getString("side")),
                            Numbers.plain(rs.getBigDecimal("quantity"))), ProposalStore.APPROVED, tradeDate)) {
                groups.computeIfAbsent(new BlockKey(trade.security(), trade.side()), k -> new ArrayList<>()).add(trade);
            }
            List<BlockOrder> blocks = new ArrayList<>();
            for (var group : groups.entrySet()) {
                createBlock(sql, tradeDate, terms, group.getKey(), group.getValue()).ifPresent(blocks::add);
            }
            blocks.sort(Comparator.comparing(BlockOrder::clOrdId));
            return blocks;
        });
    }

    private Optional<BlockOrder> createBlock(Sql sql, LocalDate tradeDate, OrderTerms terms, BlockKey key,
            List<Claimable> trades) throws SQLException {
        long id = sql.nextValue("clordid_seq");
        ClOrdId clOrdId = clOrdId(tradeDate, id);
        BigDecimal limit = terms.type() == OrderType.LIMIT ? limitPrice(sql, key, tradeDate, terms) : null;
        OrderType type = limit == null ? OrderType.MARKET : OrderType.LIMIT;
        sql.update("INSERT INTO block_order (id, clordid, current_clordid, security_id, side, quantity, order_type,"
                + " limit_price, time_in_force, status, cum_qty, avg_px, trade_date, created_at, allocated)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, clOrdId, clOrdId, key.security(),
                key.side(), sum(trades), type, limit, terms.timeInForce(), OrderStatus.PENDING_NEW, BigDecimal.ZERO,
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
        OrderEvents.record(sql, id, clOrdId, "CREATED", OrderStatus.PENDING_NEW, OrderStatus.PENDING_NEW, true, null,
                null, null, clock.instant());
        LOG.info("Block {}: {} {} {} for {} accounts", clOrdId, key.side(), quantity.toPlainString(), key.security(),
                byAccount.size());
        return Optional.of(new BlockOrder(clOrdId, key.security(), key.side(), quantity, type, limit,
                terms.timeInForce()));
    }

    private static ClOrdId clOrdId(LocalDate tradeDate, long sequence) {
        return ClOrdId.of(String.format("BAL-%s-%06d", CLORDID_DATE.format(tradeDate), sequence));
    }

    /**
     * The latest price on or before the trade date moved the offset against the order, in cents; null (a market
     * order) when the ledger has no price for the security.
     */
    private static BigDecimal limitPrice(Sql sql, BlockKey key, LocalDate tradeDate, OrderTerms terms)
            throws SQLException {
        Optional<BigDecimal> last = sql.first("SELECT price FROM price WHERE security_id = ? AND as_of <= ?"
                + " ORDER BY as_of DESC", rs -> rs.getBigDecimal(1), key.security(), tradeDate);
        if (last.isEmpty()) {
            LOG.warn("No price of {} on or before {}: its block goes out as a market order", key.security(),
                    tradeDate);
            return null;
        }
        BigDecimal offset = terms.limitOffsetBps().divide(BASIS_POINTS);
        BigDecimal factor = key.side() == Side.BUY ? BigDecimal.ONE.add(offset) : BigDecimal.ONE.subtract(offset);
        return last.get().multiply(factor).setScale(PRICE_SCALE,
                key.side() == Side.BUY ? RoundingMode.CEILING : RoundingMode.FLOOR);
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

    /** Orders not yet handed to the FIX session, to send (again) after a restart or a logon; by ClOrdID. */
    public List<BlockOrder> unsent() {
        return transactions.inTransaction("Reading the unsent orders", sql -> sql.list("SELECT " + BLOCK_COLUMNS
                + " FROM block_order WHERE status = ? AND sending_at IS NULL ORDER BY clordid", OrderBook::blockRow,
                OrderStatus.PENDING_NEW).stream().map(BlockRow::order).toList());
    }

    /**
     * Claims the order for sending, before it is sent: from now on it is never sent again blindly. False when it was
     * claimed before (it went out, or may have).
     */
    public boolean markSending(ClOrdId clOrdId) {
        Require.present(clOrdId, "ClOrdID");
        return transactions.inTransaction("Marking " + clOrdId + " sending", sql -> {
            BlockRow block = existing(sql, clOrdId);
            if (sql.update("UPDATE block_order SET sending_at = ? WHERE id = ? AND sending_at IS NULL",
                    clock.instant(), block.id()) == 0) {
                return false;
            }
            OrderEvents.record(sql, block.id(), clOrdId, "SENDING", block.status(), block.status(), true, null, null,
                    null, clock.instant());
            return true;
        });
    }

    /** Records that the session took the order, with the message sent. */
    public void markSent(ClOrdId clOrdId, String fixMessage) {
        Require.present(clOrdId, "ClOrdID");
        transactions.inTransaction("Marking " + clOrdId + " sent", sql -> {
            BlockRow block = existing(sql, clOrdId);
            sql.update("UPDATE block_order SET sent_at = ?, sending_at = COALESCE(sending_at, ?) WHERE id = ?"
                    + " AND sent_at IS NULL", clock.instant(), clock.instant(), block.id());
            OrderEvents.record(sql, block.id(), clOrdId, "SENT", block.status(), block.status(), true, null, null,
                    fixMessage, clock.instant());
            return null;
        });
    }

    /** The session refused the order before it went out (not logged on): it is free to be sent again. */
    public void sendFailed(ClOrdId clOrdId, String reason) {
        Require.present(clOrdId, "ClOrdID");
        transactions.inTransaction("Releasing " + clOrdId, sql -> {
            BlockRow block = existing(sql, clOrdId);
            sql.update("UPDATE block_order SET sending_at = NULL WHERE id = ? AND sent_at IS NULL", block.id());
            OrderEvents.record(sql, block.id(), clOrdId, "SEND_FAILED", block.status(), block.status(), true, null,
                    reason, null, clock.instant());
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
        return transactions.inTransaction("Reading the orders in doubt", sql -> sql.list("SELECT " + BLOCK_COLUMNS
                + " FROM block_order WHERE sending_at IS NOT NULL AND status IN (?, ?, ?) ORDER BY clordid",
                OrderBook::blockRow, working).stream().map(BlockRow::workingOrder).toList());
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
            BlockRow block = resolve(sql, clOrdId)
                    .orElseThrow(() -> new IllegalArgumentException("no block order " + clOrdId));
            if (block.status().isTerminal() || block.status() == OrderStatus.PENDING_NEW) {
                throw new IllegalStateException("order " + clOrdId + " is " + block.status()
                        + "; only an acknowledged working order can be canceled or replaced");
            }
            if (quantity != null) {
                checkReplaceQuantity(sql, block, quantity);
            }
            ClOrdId requestId = clOrdId(block.tradeDate(), sql.nextValue("clordid_seq"));
            BlockOrder order = kind == OrderRequest.Kind.CANCEL ? block.workingOrder()
                    : block.order().replacedBy(requestId, quantity == null ? block.order().quantity() : quantity,
                            limit);
            sql.update("INSERT INTO order_request (clordid, block_id, orig_clordid, kind, quantity, limit_price,"
                    + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", requestId, block.id(), block.working(),
                    kind, order.quantity(), order.limitPrice(), "REQUESTED", clock.instant());
            OrderEvents.record(sql, block.id(), requestId, kind + "_REQUESTED", block.status(), block.status(), true,
                    null, null, null, clock.instant());
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
            BlockRow block = resolve(sql, clOrdId)
                    .orElseThrow(() -> new IllegalArgumentException("no block order " + clOrdId));
            OrderEvents.record(sql, block.id(), clOrdId, event, block.status(), block.status(), true, null, null,
                    fixMessage, clock.instant());
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
            Optional<BlockRow> block = clOrdId == null ? Optional.empty() : resolve(sql, clOrdId);
            if (block.isEmpty()) {
                return false;
            }
            sql.update("UPDATE order_request SET status = ? WHERE clordid = ? AND status = ?", "REJECTED", clOrdId,
                    "REQUESTED");
            OrderEvents.record(sql, block.get().id(), clOrdId, kind + "_REJECT_" + direction, block.get().status(),
                    block.get().status(), true, null, text, null, clock.instant());
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
                sql -> resolve(sql, clOrdId, origClOrdId).map(row -> row.order().clOrdId()));
    }

    /** The order's history, oldest first, whichever ClOrdID of its chain names it. */
    public List<OrderEvent> events(ClOrdId clOrdId) {
        return transactions.inTransaction("Reading the history of " + clOrdId, sql -> {
            Optional<BlockRow> block = resolve(sql, clOrdId);
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
        return transactions.inTransaction("Applying execution " + report.execId(), sql -> {
            Optional<BlockRow> found = resolve(sql, report.clOrdId(), report.origClOrdId());
            if (found.isEmpty()) {
                LOG.warn("Execution {} is for unknown order {}", report.execId(), report.clOrdId());
                return ExecutionOutcome.unknown(report.clOrdId());
            }
            BlockRow block = found.get();
            if (sql.first("SELECT id FROM execution WHERE block_id = ? AND exec_id = ?", rs -> rs.getLong(1),
                    block.id(), report.execId()).isPresent()) {
                LOG.info("Execution {} of {} seen before; ignored", report.execId(), report.clOrdId());
                return ExecutionOutcome.of(report.clOrdId(), Result.DUPLICATE, block.status());
            }
            OrderStatus to = report.status() == OrderStatus.REPLACED
                    ? (report.cumulativeQuantity().signum() > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW)
                    : report.status();
            String refusal = refusal(sql, block, report, to);
            if (refusal != null) {
                LOG.error("{} {} refused: {}", report.clOrdId(), report.execId(), refusal);
                OrderEvents.record(sql, block.id(), report.clOrdId(), report.type().name(), block.status(), to, false,
                        report.execId(), refusal, report.source(), clock.instant());
                return ExecutionOutcome.of(report.clOrdId(), Result.REFUSED, block.status());
            }
            if (report.type() == ExecutionType.ORDER_UNKNOWN) {
                // the counterparty never had it: the order goes out again under the same ClOrdID
                sql.update("UPDATE block_order SET sending_at = NULL, sent_at = NULL WHERE id = ?", block.id());
                OrderEvents.record(sql, block.id(), report.clOrdId(), report.type().name(), block.status(),
                        block.status(), true, report.execId(), "not received by the counterparty: to be sent again",
                        report.source(), clock.instant());
                LOG.warn("{} was never received by the counterparty: it will be sent again", report.clOrdId());
                return ExecutionOutcome.of(report.clOrdId(), Result.RESEND, block.status());
            }
            sql.insert("INSERT INTO execution (block_id, clordid, exec_id, exec_ref_id, exec_type, ord_status,"
                    + " last_qty, last_px, cum_qty, avg_px, leaves_qty, text, transact_time, received_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", block.id(), report.clOrdId(),
                    report.execId(), report.execRefId(), report.type(), to, report.lastQuantity(),
                    report.lastPrice(), report.cumulativeQuantity(), report.averagePrice(), report.leavesQuantity(),
                    report.text(), report.transactTime(), clock.instant());
            sql.update("UPDATE block_order SET status = ?, cum_qty = ?, avg_px = ? WHERE id = ?", to,
                    report.cumulativeQuantity(), report.averagePrice(), block.id());
            if (report.type() == ExecutionType.REPLACED) {
                replace(sql, block, report.clOrdId());
            } else if (report.type() == ExecutionType.CANCELED) {
                sql.update("UPDATE order_request SET status = ? WHERE clordid = ?", "ACCEPTED", report.clOrdId());
            }
            boolean amends = report.type() == ExecutionType.TRADE_CANCEL
                    || report.type() == ExecutionType.TRADE_CORRECT;
            if (amends && block.allocated()) {
                AllocationReversal.reverse(sql, block.id(), block.order().clOrdId());
                LOG.warn("{} {} of {} after allocation: allocation reversed", block.order().clOrdId(), report.type(),
                        report.execRefId());
            }
            OrderEvents.record(sql, block.id(), report.clOrdId(), report.type().name(), block.status(), to, true,
                    report.execId(), report.text(), report.source(), clock.instant());
            LOG.info("{} {}: {} -> {} cum {} avg {}", report.clOrdId(), report.type(), block.status(), to,
                    report.cumulativeQuantity().toPlainString(), report.averagePrice().toPlainString());
            return ExecutionOutcome.of(report.clOrdId(), Result.APPLIED, to);
        });
    }

    /** Why the report cannot be applied to the order, or null. */
    private static String refusal(Sql sql, BlockRow block, ExecutionReport report, OrderStatus to)
            throws SQLException {
        String refusal = OrderTransitions.refusal(block.status(), report.type(), to);
        if (refusal != null) {
            return refusal;
        }
        if (report.type() == ExecutionType.TRADE_CANCEL || report.type() == ExecutionType.TRADE_CORRECT) {
            if (sql.first("SELECT id FROM execution WHERE block_id = ? AND exec_id = ? AND exec_type = ?",
                    rs -> rs.getLong(1), block.id(), report.execRefId(), ExecutionType.TRADE).isEmpty()) {
                return "ExecRefID " + report.execRefId() + " names no fill of the order";
            }
            if (sql.first("SELECT id FROM execution WHERE block_id = ? AND exec_ref_id = ? AND exec_type = ?",
                    rs -> rs.getLong(1), block.id(), report.execRefId(), ExecutionType.TRADE_CANCEL).isPresent()) {
                return "fill " + report.execRefId() + " was busted before";
            }
        }
        if (report.type() == ExecutionType.REPLACED && sql.first("SELECT clordid FROM order_request WHERE clordid = ?"
                + " AND kind = ?", rs -> rs.getString(1), report.clOrdId(), OrderRequest.Kind.REPLACE).isEmpty()) {
            return "no replace request has ClOrdID " + report.clOrdId();
        }
        return null;
    }

    private record Change(BigDecimal quantity, BigDecimal limitPrice) {
    }

    /** The accepted replace: the order works under the request's ClOrdID, quantity and limit from now on. */
    private static void replace(Sql sql, BlockRow block, ClOrdId requestId) throws SQLException {
        Change change = sql.first("SELECT quantity, limit_price FROM order_request WHERE clordid = ?",
                rs -> new Change(rs.getBigDecimal(1), rs.getBigDecimal(2)), requestId).orElseThrow();
        sql.update("UPDATE order_request SET status = ? WHERE clordid = ?", "ACCEPTED", requestId);
        sql.update("UPDATE block_order SET current_clordid = ?, quantity = ?, limit_price = ?, order_type = ?"
                + " WHERE id = ?", requestId, change.quantity(), change.limitPrice(),
                change.limitPrice() == null ? OrderType.MARKET : OrderType.LIMIT, block.id());
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
            BlockRow unclaimed = resolve(sql, clOrdId)
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
            BlockRow block = resolve(sql, clOrdId).orElseThrow();
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
                    Allocation allocation = new Allocation(block.order().clOrdId(), order.account(),
                            block.order().security(), block.order().side(), quantity, block.avgPx());
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

    static List<Allocation> allocations(Sql sql, BlockRow block) throws SQLException {
        return sql.list("SELECT account_id, quantity, avg_price FROM allocation WHERE block_id = ? ORDER BY account_id",
                rs -> new Allocation(block.order().clOrdId(), AccountId.of(rs.getString("account_id")),
                        block.order().security(), block.order().side(), Numbers.plain(rs.getBigDecimal("quantity")),
                        Numbers.plain(rs.getBigDecimal("avg_price"))), block.id());
    }

    /** Each account's share of the order as its accounts asked for it: its pre-allocation. */
    public Map<AccountId, BigDecimal> accountQuantities(ClOrdId clOrdId) {
        return transactions.inTransaction("Reading the accounts of " + clOrdId, sql -> {
            BlockRow block = resolve(sql, clOrdId)
                    .orElseThrow(() -> new IllegalArgumentException("no block order " + clOrdId));
            Map<AccountId, BigDecimal> quantities = new TreeMap<>();
            accountOrders(sql, block.id()).forEach(order -> quantities.put(order.account(), order.quantity()));
            return quantities;
        });
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

    private static BlockRow existing(Sql sql, ClOrdId clOrdId) throws SQLException {
        return block(sql, clOrdId).orElseThrow(() -> new IllegalArgumentException("no block order " + clOrdId));
    }

    /** The block an order's own ClOrdID or one of its cancel or replace requests' names. */
    static Optional<BlockRow> resolve(Sql sql, ClOrdId clOrdId) throws SQLException {
        Optional<BlockRow> block = block(sql, clOrdId);
        if (block.isPresent()) {
            return block;
        }
        return sql.first("SELECT " + BLOCK_COLUMNS + " FROM block_order WHERE id = (SELECT block_id"
                + " FROM order_request WHERE clordid = ?)", OrderBook::blockRow, clOrdId);
    }

    /** The block a report's ClOrdID names or, failing that, the one its OrigClOrdID (null: none) names. */
    private static Optional<BlockRow> resolve(Sql sql, ClOrdId clOrdId, ClOrdId origClOrdId) throws SQLException {
        Optional<BlockRow> block = resolve(sql, clOrdId);
        return block.isEmpty() && origClOrdId != null ? resolve(sql, origClOrdId) : block;
    }

    private static BlockRow blockRow(ResultSet rs) throws SQLException {
        BigDecimal limit = rs.getBigDecimal("limit_price");
        BlockOrder order = new BlockOrder(ClOrdId.of(rs.getString("clordid")),
                SecurityId.of(rs.getString("security_id")), Side.valueOf(rs.getString("side")),
                Numbers.plain(rs.getBigDecimal("quantity")), OrderType.valueOf(rs.getString("order_type")),
                limit == null ? null : Numbers.plain(limit), TimeInForce.valueOf(rs.getString("time_in_force")));
        return new BlockRow(rs.getLong("id"), order, ClOrdId.of(rs.getString("current_clordid")),
                OrderStatus.valueOf(rs.getString("status")),
                Numbers.plain(rs.getBigDecimal("cum_qty")), Numbers.plain(rs.getBigDecimal("avg_px")),
                rs.getBoolean("allocated"), Sql.date(rs, "trade_date"));
    }
}
