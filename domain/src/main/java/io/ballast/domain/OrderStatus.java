package io.ballast.domain;

/** Where an order stands, as its counterparty last reported it. */
public enum OrderStatus {
    PENDING_NEW,
    NEW,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    REPLACED,
    REJECTED,
    DONE_FOR_DAY,
    EXPIRED;

    /** No more fills can come for an order in a terminal state. */
    public boolean isTerminal() {
        return switch (this) {
            case FILLED, CANCELED, REJECTED, DONE_FOR_DAY, EXPIRED -> true;
            default -> false;
        };
    }
}
