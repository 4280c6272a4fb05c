package io.ballast.agent.ops;

import java.time.Instant;
import java.util.List;

/**
 * The FIX sessions as traders see them, and where the figures come from: the running agent's live sessions, or the
 * sequence numbers the ledger's message store kept when no agent answers.
 */
public record SessionsView(String source, List<Session> sessions) {
    public SessionsView {
        sessions = List.copyOf(sessions);
    }

    /**
     * @param loggedOn         null when unknown (read from the ledger, not from a running session)
     * @param lastHeartbeat    null before the first heartbeat, or when unknown
     * @param nextSenderSeqNum 0 when unknown
     */
    public record Session(String name, String beginString, String senderCompId, String targetCompId, Boolean loggedOn,
            int nextSenderSeqNum, int nextTargetSeqNum, Instant lastHeartbeat) {
    }
}
