package io.ballast.connectors.fix;

import java.time.Instant;

/**
 * A session as traders watch it: logged on or not, the next sequence numbers each way, and when the counterparty's
 * last heartbeat arrived (null before the first).
 */
public record FixSessionStatus(String name, String beginString, boolean loggedOn, int nextSenderSeqNum,
        int nextTargetSeqNum, Instant lastHeartbeat) {
}
