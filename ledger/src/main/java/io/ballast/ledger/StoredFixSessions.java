package io.ballast.ledger;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The sequence numbers a FIX session keeps in the ledger's message store (the QuickFIX/J JDBC store tables), for
 * when the agent that owns the session is not running.
 */
public final class StoredFixSessions {
    private final Transactions transactions;

    public StoredFixSessions(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * @param nextSenderSeqNum the next number the agent sends
     * @param nextTargetSeqNum the next number it expects from the counterparty
     * @param created          when the store's sequence began (QuickFIX/J keeps it in UTC)
     */
    public record StoredSession(int nextSenderSeqNum, int nextTargetSeqNum, Instant created) {
    }

    public Optional<StoredSession> find(String beginString, String senderCompId, String targetCompId) {
        return transactions.inTransaction("Reading the stored FIX session " + senderCompId + "->" + targetCompId,
                sql -> sql.first("SELECT incoming_seqnum, outgoing_seqnum, creation_time FROM sessions"
                        + " WHERE beginstring = ? AND sendercompid = ? AND targetcompid = ? AND sendersubid = ''"
                        + " AND senderlocid = '' AND targetsubid = '' AND targetlocid = '' AND session_qualifier = ''",
                        rs -> new StoredSession(rs.getInt("outgoing_seqnum"), rs.getInt("incoming_seqnum"),
                                rs.getObject("creation_time", LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                        beginString, senderCompId, targetCompId));
    }
}
