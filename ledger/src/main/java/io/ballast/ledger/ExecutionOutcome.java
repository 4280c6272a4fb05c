package io.ballast.ledger;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.Require;

/**
 * What applying an execution report did to the order book.
 *
 * @param status   the order's status after the report; null for an unknown order
 * @param terminal whether no more fills can come for the order
 */
public record ExecutionOutcome(ClOrdId clOrdId, Result result, OrderStatus status, boolean terminal) {
    public enum Result {
        /** The report was stored and the order updated. */
        APPLIED,
        /** The report's ExecID was seen before for this order; nothing changed. */
        DUPLICATE,
        /** No order has the report's ClOrdID; nothing was stored (the FIX gateway answers it with a DK). */
        UNKNOWN_ORDER,
        /** The order cannot make the transition the report asks for; recorded as refused, the order unchanged. */
        REFUSED,
        /** The counterparty never received the order: it is to be sent again under the same ClOrdID. */
        RESEND
    }

    public ExecutionOutcome {
        Require.present(clOrdId, "ClOrdID");
        Require.present(result, "result");
        if ((status == null) != (result == Result.UNKNOWN_ORDER)) {
            throw new IllegalArgumentException("only an unknown order has no status");
        }
    }

    static ExecutionOutcome unknown(ClOrdId clOrdId) {
        return new ExecutionOutcome(clOrdId, Result.UNKNOWN_ORDER, null, false);
    }

    static ExecutionOutcome of(ClOrdId clOrdId, Result result, OrderStatus status) {
        return new ExecutionOutcome(clOrdId, result, status, status.isTerminal());
    }
}
