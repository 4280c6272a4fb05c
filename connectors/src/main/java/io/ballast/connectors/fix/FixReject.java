package io.ballast.connectors.fix;

import io.ballast.domain.ClOrdId;

/**
 * A reject on a FIX session, in either direction: one the counterparty sent us, or one the gateway sent to answer
 * a message it could not accept (a malformed execution report, say).
 *
 * @param kind       session-level Reject (35=3), BusinessMessageReject (35=j) or OrderCancelReject (35=9)
 * @param direction  who sent it
 * @param refSeqNum  the sequence number of the rejected message, or null when the reject does not say
 * @param clOrdId    the order concerned, or null when the reject names none
 * @param text       the reason given
 */
public record FixReject(Kind kind, Direction direction, Integer refSeqNum, ClOrdId clOrdId, String text) {
    public enum Kind {
        SESSION,
        BUSINESS,
        ORDER_CANCEL
    }

    public enum Direction {
        RECEIVED,
        SENT
    }
}
