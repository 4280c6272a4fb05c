package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.LotPick;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Claims approved trades and aggregates them per security and side into block orders, each under a new ClOrdID. */
final class BlockCreation {
    private static final Logger LOG = LoggerFactory.getLogger(BlockCreation.class);
    private static final DateTimeFormatter CLORDID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final BigDecimal BASIS_POINTS = new BigDecimal("10000");
    private static final int PRICE_SCALE = 2;

    private final Clock clock;

    BlockCreation(Clock clock) {
        this.clock = clock;
    }

    private record Claimable(long id, AccountId account, SecurityId security, Side side, BigDecimal quantity) {
    }

    private record BlockKey(SecurityId security, Side side) implements Comparable<BlockKey> {
        @Override
        public int compareTo(BlockKey other) {
            return Comparator.comparing(BlockKey::security).thenComparing(BlockKey::side).compare(this, other);
        }
    }

    /** See {@link OrderBook#createBlocks(LocalDate, OrderTerms)}. */
    List<BlockOrder> createBlocks(Sql sql, LocalDate tradeDate, OrderTerms terms) throws SQLException {
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

    /** A ClOrdID of the trade date, unique forever by the sequence number it carries. */
    static ClOrdId clOrdId(LocalDate tradeDate, long sequence) {
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
}
