package io.ballast.ledger;

import io.ballast.domain.ExecutionType;
import io.ballast.domain.OrderStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The order book's state machine: which report may take an order from one status to another. Pending new leads to
 * new, partially filled and filled; an order ends filled, canceled, rejected, done for day or expired; a replace
 * keeps it working under a new ClOrdID. Only a bust or correction (or a status answer that confirms the status) may
 * touch an order that is done, and nothing moves a rejected order.
 */
final class OrderTransitions {
    private static final Set<OrderStatus> WORKING = EnumSet.of(OrderStatus.PENDING_NEW, OrderStatus.NEW,
            OrderStatus.PARTIALLY_FILLED);
    private static final Set<OrderStatus> FILLING = EnumSet.of(OrderStatus.NEW, OrderStatus.PARTIALLY_FILLED,
            OrderStatus.FILLED);

    private OrderTransitions() {
    }

    /** Null when the report may take the order from {@code from} to {@code to}; else why not. */
    static String refusal(OrderStatus from, ExecutionType type, OrderStatus to) {
        boolean allowed = switch (type) {
            case PENDING_NEW, NEW -> (from == OrderStatus.PENDING_NEW || from == OrderStatus.NEW)
                    && (to == OrderStatus.PENDING_NEW || to == OrderStatus.NEW);
            case TRADE -> WORKING.contains(from)
                    && (to == OrderStatus.PARTIALLY_FILLED || to == OrderStatus.FILLED);
            case TRADE_CANCEL, TRADE_CORRECT -> from != OrderStatus.REJECTED && from != OrderStatus.PENDING_NEW
                    && (FILLING.contains(to) || to == from);
            case REPLACED -> WORKING.contains(from) && FILLING.contains(to);
            case CANCELED, DONE_FOR_DAY, EXPIRED -> WORKING.contains(from) && to == terminalOf(type);
            case REJECTED -> (from == OrderStatus.PENDING_NEW || from == OrderStatus.NEW)
                    && to == OrderStatus.REJECTED;
            case ORDER_STATUS -> WORKING.contains(from) || to == from;
            case ORDER_UNKNOWN -> from == OrderStatus.PENDING_NEW;
        };
        return allowed ? null : "a " + type + " report cannot take an order from " + from + " to " + to;
    }

    private static OrderStatus terminalOf(ExecutionType type) {
        return switch (type) {
            case CANCELED -> OrderStatus.CANCELED;
            case DONE_FOR_DAY -> OrderStatus.DONE_FOR_DAY;
            default -> OrderStatus.EXPIRED;
        };
    }
}
