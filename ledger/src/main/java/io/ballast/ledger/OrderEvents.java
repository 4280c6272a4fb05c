package io.ballast.ledger;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.OrderStatus;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Writes and reads the order_event table: the history of every order, applied or refused. */
final class OrderEvents {
    private static final int MAX_TEXT = 1000;
    private static final int MAX_MESSAGE = 8000;

    private OrderEvents() {
    }

    static void record(Sql sql, long blockId, ClOrdId clOrdId, String event, OrderStatus from, OrderStatus to,
            boolean applied, String execId, String reason, String fixMessage, Instant at) throws SQLException {
        sql.update("INSERT INTO order_event (block_id, clordid, event, from_status, to_status, applied, exec_id,"
                + " reason, fix_message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", blockId, clOrdId, event, from, to,
                applied, execId, cut(reason, MAX_TEXT), cut(fixMessage, MAX_MESSAGE), at);
    }

    /** An applied event that leaves the order's status as it is: a step of sending, a request, a reject. */
    static void note(Sql sql, BlockRow block, ClOrdId clOrdId, String event, String reason, String fixMessage,
            Instant at) throws SQLException {
        record(sql, block.id(), clOrdId, event, block.status(), block.status(), true, null, reason, fixMessage, at);
    }

    static List<OrderEvent> of(Sql sql, long blockId) throws SQLException {
        return sql.list("SELECT clordid, event, from_status, to_status, applied, exec_id, reason, fix_message, at"
                + " FROM order_event WHERE block_id = ? ORDER BY id", rs -> new OrderEvent(
                        ClOrdId.of(rs.getString("clordid")), rs.getString("event"),
                        OrderStatus.valueOf(rs.getString("from_status")), OrderStatus.valueOf(rs.getString("to_status")),
                        rs.getBoolean("applied"), rs.getString("exec_id"), rs.getString("reason"),
                        rs.getString("fix_message"), Sql.instant(rs, "at")),
                blockId);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
