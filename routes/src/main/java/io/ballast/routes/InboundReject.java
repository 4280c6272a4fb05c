package io.ballast.routes;

import io.ballast.domain.ClOrdId;

/** A session, business or cancel reject on a FIX session, sent or received, queued to be stored. */
public record InboundReject(String session, String kind, String direction, Integer refSeqNum, ClOrdId clOrdId,
        String text) {
}
