package io.ballast.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An execution report from the counterparty, free of FIX types. {@code lastQuantity} and {@code lastPrice} are
 * those of this execution (zero for reports without a fill); the cumulative figures are the order's.
 */
public record ExecutionReport(ClOrdId clOrdId, String execId, ExecutionType type, OrderStatus status,
        BigDecimal lastQuantity, BigDecimal lastPrice, BigDecimal cumulativeQuantity, BigDecimal averagePrice,
        BigDecimal leavesQuantity, String text, Instant transactTime) {
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
        Require.present(transactTime, "TransactTime of " + execId);
    }

    public boolean isFill() {
        return type == ExecutionType.TRADE && lastQuantity.signum() > 0;
    }
}
