package io.ballast.ledger;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.OrderStatus;
import java.time.Instant;

/**
 * One step in an order's history: a request sent or a report received, the status before and after, and whether
 * the book applied it.
 *
 * @param event      what happened: an ExecType name for a report, or SENDING, SENT, SEND_FAILED, CANCEL_REQUESTED,
 *                   REPLACE_REQUESTED, STATUS_REQUESTED, CANCEL_REJECTED
 * @param fixMessage the FIX message that caused it, or null
 */
public record OrderEvent(ClOrdId clOrdId, String event, OrderStatus from, OrderStatus to, boolean applied,
        String execId, String reason, String fixMessage, Instant at) {
}
