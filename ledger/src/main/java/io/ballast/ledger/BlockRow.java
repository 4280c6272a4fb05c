package io.ballast.ledger;

import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.Decimals;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TimeInForce;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A row of block_order. {@code order} carries the original ClOrdID; {@code working} the one the counterparty knows
 * it by now; {@code commission} is the sum over its live fills.
 */
record BlockRow(long id, BlockOrder order, ClOrdId working, OrderStatus status, BigDecimal cumQty,
        BigDecimal avgPx, BigDecimal commission, boolean allocated, LocalDate tradeDate) {
    static final String COLUMNS = "id, clordid, current_clordid, security_id, side, quantity,"
            + " order_type, limit_price, time_in_force, status, cum_qty, avg_px, commission, allocated, trade_date";

    BlockOrder workingOrder() {
        return new BlockOrder(working, order.security(), order.side(), order.quantity(), order.type(),
                order.limitPrice(), order.timeInForce());
    }

    /** The block whose own (original) ClOrdID this is. */
    static BlockRow existing(Sql sql, ClOrdId clOrdId) throws SQLException {
        return byClOrdId(sql, clOrdId).orElseThrow(() -> unknown(clOrdId));
    }

    /** The block an order's own ClOrdID or one of its cancel or replace requests' names. */
    static Optional<BlockRow> resolve(Sql sql, ClOrdId clOrdId) throws SQLException {
        Optional<BlockRow> block = byClOrdId(sql, clOrdId);
        if (block.isPresent()) {
            return block;
        }
        return sql.first("SELECT " + COLUMNS + " FROM block_order WHERE id = (SELECT block_id"
                + " FROM order_request WHERE clordid = ?)", BlockRow::of, clOrdId);
    }

    /** {@link #resolve(Sql, ClOrdId)}, for a ClOrdID that must name a block. */
    static BlockRow resolveExisting(Sql sql, ClOrdId clOrdId) throws SQLException {
        return resolve(sql, clOrdId).orElseThrow(() -> unknown(clOrdId));
    }

    /** The block a report's ClOrdID names or, failing that, the one its OrigClOrdID (null: none) names. */
    static Optional<BlockRow> resolve(Sql sql, ClOrdId clOrdId, ClOrdId origClOrdId) throws SQLException {
        Optional<BlockRow> block = resolve(sql, clOrdId);
        return block.isEmpty() && origClOrdId != null ? resolve(sql, origClOrdId) : block;
    }

    private static Optional<BlockRow> byClOrdId(Sql sql, ClOrdId clOrdId) throws SQLException {
        return sql.first("SELECT " + COLUMNS + " FROM block_order WHERE clordid = ?", BlockRow::of, clOrdId);
    }

    private static IllegalArgumentException unknown(ClOrdId clOrdId) {
        return new IllegalArgumentException("no block order " + clOrdId);
    }

    static BlockRow of(ResultSet rs) throws SQLException {
        BigDecimal limit = rs.getBigDecimal("limit_price");
        BlockOrder order = new BlockOrder(ClOrdId.of(rs.getString("clordid")),
                SecurityId.of(rs.getString("security_id")), Side.valueOf(rs.getString("side")),
                Numbers.plain(rs.getBigDecimal("quantity")), OrderType.valueOf(rs.getString("order_type")),
                limit == null ? null : Numbers.plain(limit), TimeInForce.valueOf(rs.getString("time_in_force")));
        return new BlockRow(rs.getLong("id"), order, ClOrdId.of(rs.getString("current_clordid")),
                OrderStatus.valueOf(rs.getString("status")),
                Numbers.plain(rs.getBigDecimal("cum_qty")), Numbers.plain(rs.getBigDecimal("avg_px")),
                Decimals.money(rs.getBigDecimal("commission")), rs.getBoolean("allocated"), Sql.date(rs, "trade_date"));
    }
}
