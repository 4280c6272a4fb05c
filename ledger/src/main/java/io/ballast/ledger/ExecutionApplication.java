package io.ballast.ledger;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.ledger.ExecutionOutcome.Result;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The order state machine: takes an execution report to its block, or refuses it. */
final class ExecutionApplication {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionApplication.class);

    private final Clock clock;

    ExecutionApplication(Clock clock) {
        this.clock = clock;
    }

    /** See {@link OrderBook#apply(ExecutionReport)}. */
    ExecutionOutcome apply(Sql sql, ExecutionReport report) throws SQLException {
        Optional<BlockRow> found = BlockRow.resolve(sql, report.clOrdId(), report.origClOrdId());
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
                + " last_qty, last_px, cum_qty, avg_px, leaves_qty, commission, text, transact_time, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", block.id(), report.clOrdId(),
                report.execId(), report.execRefId(), report.type(), to, report.lastQuantity(),
                report.lastPrice(), report.cumulativeQuantity(), report.averagePrice(), report.leavesQuantity(),
                report.commission(), report.text(), report.transactTime(), clock.instant());
        sql.update("UPDATE block_order SET status = ?, cum_qty = ?, avg_px = ?, commission = ? WHERE id = ?", to,
                report.cumulativeQuantity(), report.averagePrice(), changesFills(report.type())
                        ? Commissions.ofBlock(sql, block.id()) : block.commission(), block.id());
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
    }

    /** Whether the report adds, busts or corrects a fill, and so may change the block's commission. */
    private static boolean changesFills(ExecutionType type) {
        return type == ExecutionType.TRADE || type == ExecutionType.TRADE_CANCEL || type == ExecutionType.TRADE_CORRECT;
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
}
