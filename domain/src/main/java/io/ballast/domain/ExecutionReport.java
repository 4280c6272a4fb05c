package io.ballast.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An execution report from the counterparty, free of FIX types. {@code lastQuantity} and {@code lastPrice} are
 * those of this execution (zero for reports without a fill); the cumulative figures are the order's.
 *
 * @param clOrdId     the ClOrdID the report answers: the order's, or that of a cancel or replace request
 * @param origClOrdId the ClOrdID a cancel or replace request amended, or null
 * @param execRefId   the ExecID of the fill a bust or correction amends, or null
 * @param commission  what the counterparty charged for this execution, in dollars (zero when it charged nothing,
 *                    and on reports without a fill)
 * @param source      the message as received, kept with the order's history; null when there is none
 */
public record ExecutionReport(ClOrdId clOrdId, ClOrdId origClOrdId, String execId, String execRefId,
        ExecutionType type, OrderStatus status, BigDecimal lastQuantity, BigDecimal lastPrice,
        BigDecimal cumulativeQuantity, BigDecimal averagePrice, BigDecimal leavesQuantity, BigDecimal commission,
        String text, Instant transactTime, String source) {
    public ExecutionReport {
        Require.present(clOrdId, "ClOrdID");
        Require.text(execId, "ExecID of " + clOrdId);
        Require.present(type, "ExecType of " + execId);
        Require.present(status, "OrdStatus of " + execId);
        Require.nonNegative(lastQuantity, "LastQty of " + execId);
        Require.nonNegative(lastPrice, "LastPx of " + execId);
        Require.nonNegative(cumulativeQuantity, "CumQty of " + execId);
        Require.nonNegative(averagePrice, "AvgPx of " + execId);
        Require.nonNegative(leavesQuantity, "LeavesQty of " + execId);
        Require.nonNegative(commission, "Commission of " + execId);
        Require.present(transactTime, "TransactTime of " + execId);
        if ((type == ExecutionType.TRADE_CANCEL || type == ExecutionType.TRADE_CORRECT)
                && (execRefId == null || execRefId.isBlank())) {
            throw new IllegalArgumentException("ExecRefID is required on the " + type + " " + execId
                    + ": it names the fill amended");
        }
    }

    public boolean isFill() {
        return type == ExecutionType.TRADE && lastQuantity.signum() > 0;
    }
}
