package io.ballast.connectors.fix;

/** A session as traders watch it: logged on or not, and the next sequence numbers each way. */
public record FixSessionStatus(String name, String beginString, boolean loggedOn, int nextSenderSeqNum,
        int nextTargetSeqNum) {
}
