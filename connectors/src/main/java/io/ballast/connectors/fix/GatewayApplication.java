package io.ballast.connectors.fix;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Application;
import quickfix.FixVersions;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.AllocID;
import quickfix.field.AllocStatus;
import quickfix.field.ClOrdID;
import quickfix.field.MsgType;
import quickfix.field.RefSeqNum;
import quickfix.field.Text;

/**
 * The gateway's QuickFIX/J callbacks: turns inbound messages into listener calls and watches outbound rejects.
 * Inbound failures of the listener are re-thrown (see {@link FixEventListener}); failures while reporting an
 * outbound reject are only logged, since throwing there would stop the reject itself from being sent.
 */
final class GatewayApplication implements Application {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayApplication.class);

    private final Map<SessionID, String> names;
    private final Map<SessionID, LogonState> logons;
    private final FixEventListener listener;
    private final RecentExecutions recentExecutions;
    private final Clock clock;

    GatewayApplication(Map<SessionID, String> names, Map<SessionID, LogonState> logons, FixEventListener listener,
            RecentExecutions recentExecutions, Clock clock) {
        this.names = names;
        this.logons = logons;
        this.listener = listener;
        this.recentExecutions = recentExecutions;
        this.clock = clock;
    }

    @Override
    public void onCreate(SessionID sessionId) {
        LOG.info("FIX session {} created", names.get(sessionId));
    }

    @Override
    public void onLogon(SessionID sessionId) {
        logons.get(sessionId).set(true);
        LOG.info("FIX session {} logged on", names.get(sessionId));
        deliver(sessionId, "logon", name -> listener.onSessionEvent(name, "logon"));
    }

    @Override
    public void onLogout(SessionID sessionId) {
        logons.get(sessionId).set(false);
        LOG.info("FIX session {} logged out", names.get(sessionId));
        deliver(sessionId, "logout", name -> listener.onSessionEvent(name, "logout"));
    }

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
        if (isType(message, MsgType.REJECT)) {
            reportSent(sessionId, message, FixReject.Kind.SESSION);
        }
    }

    @Override
    public void fromAdmin(Message message, SessionID sessionId) {
        if (isType(message, MsgType.HEARTBEAT)) {
            logons.get(sessionId).heartbeat(clock.instant());
        }
        if (isType(message, MsgType.REJECT)) {
            FixReject reject = reject(message, FixReject.Kind.SESSION, FixReject.Direction.RECEIVED);
            LOG.warn("FIX session {} received a session reject: {}", names.get(sessionId), reject);
            // Logged, never re-thrown: on a resend request QuickFIX/J gap-fills admin messages instead of resending them.
            reportTo(sessionId, reject);
        }
    }

    @Override
    public void toApp(Message message, SessionID sessionId) {
        if (isType(message, MsgType.BUSINESS_MESSAGE_REJECT)) {
            reportSent(sessionId, message, FixReject.Kind.BUSINESS);
        }
    }

    @Override
    public void fromApp(Message message, SessionID sessionId) throws UnsupportedMessageType {
        String type = message.getHeader().getOptionalString(MsgType.FIELD).orElse("");
        switch (type) {
            case MsgType.EXECUTION_REPORT -> onExecutionReport(message, sessionId);
            case MsgType.BUSINESS_MESSAGE_REJECT -> onRejectReceived(message, sessionId, FixReject.Kind.BUSINESS);
            case MsgType.ORDER_CANCEL_REJECT -> onRejectReceived(message, sessionId, FixReject.Kind.ORDER_CANCEL);
            case MsgType.ALLOCATION_INSTRUCTION_ACK -> onAllocationAck(message, sessionId);
            default -> throw new UnsupportedMessageType();
        }
    }

    private void onExecutionReport(Message message, SessionID sessionId) {
        String name = names.get(sessionId);
        ExecutionReport report;
        try {
            report = ExecutionReportMapper.map(message, sessionId.getBeginString().equals(FixVersions.BEGINSTRING_FIX42),
                    clock.instant());
            recentExecutions.remember(name, report.execId(), ExecutionReportMapper.context(message));
        } catch (MalformedMessageException e) {
            LOG.warn("FIX session {}: unreadable execution report ({}), answering with a business reject", name,
                    e.getMessage());
            // The reject goes out through toApp, which reports it to the listener.
            Session.lookupSession(sessionId).send(GatewayMessages.businessReject(sessionId.getBeginString(), message,
                    e.businessRejectReason(), "unreadable execution report: " + e.getMessage()));
            return;
        }
        deliver(sessionId, "execution " + report.execId(), session -> listener.onExecution(session, report));
    }

    private void onAllocationAck(Message message, SessionID sessionId) {
        String allocId = message.getOptionalString(AllocID.FIELD).orElse("");
        int status = message.getOptionalString(AllocStatus.FIELD).filter(value -> value.matches("\\d{1,3}"))
                .map(Integer::valueOf).orElse(AllocStatus.BLOCK_LEVEL_REJECT);
        boolean accepted = status == AllocStatus.ACCEPTED
                || status == AllocStatus.RECEIVED;
        String text = message.getOptionalString(Text.FIELD).orElse("");
        if (!accepted) {
            LOG.warn("FIX session {}: allocation {} rejected (AllocStatus {}): {}", names.get(sessionId), allocId,
                    status, text);
        }
        deliver(sessionId, "allocation ack " + allocId,
                name -> listener.onAllocationAck(name, allocId, accepted, text));
    }

    private void onRejectReceived(Message message, SessionID sessionId, FixReject.Kind kind) {
        FixReject reject = reject(message, kind, FixReject.Direction.RECEIVED);
        LOG.warn("FIX session {} received a reject: {}", names.get(sessionId), reject);
        deliver(sessionId, "reject", name -> listener.onReject(name, reject));
    }

    private void reportSent(SessionID sessionId, Message message, FixReject.Kind kind) {
        FixReject reject = reject(message, kind, FixReject.Direction.SENT);
        LOG.warn("FIX session {} sends a reject: {}", names.get(sessionId), reject);
        reportTo(sessionId, reject);
    }

    private void reportTo(SessionID sessionId, FixReject reject) {
        try {
            listener.onReject(names.get(sessionId), reject);
        } catch (RuntimeException e) {
            LOG.error("FIX session {}: listener failed on a reject: {}", names.get(sessionId), e.getMessage(), e);
        }
    }

    /** Calls the listener; its failure is logged and re-thrown so QuickFIX/J leaves the message unacknowledged. */
    private void deliver(SessionID sessionId, String what, Consumer<String> call) {
        String name = names.get(sessionId);
        try {
            call.accept(name);
        } catch (RuntimeException e) {
            LOG.error("FIX session {}: listener failed on {}: {}; not acknowledging it, the counterparty will resend",
                    name, what, e.getMessage(), e);
            throw e;
        }
    }

    private static FixReject reject(Message message, FixReject.Kind kind, FixReject.Direction direction) {
        Integer refSeqNum = message.getOptionalString(RefSeqNum.FIELD).filter(value -> value.matches("\\d{1,9}"))
                .map(Integer::valueOf).orElse(null);
        ClOrdId clOrdId = message.getOptionalString(ClOrdID.FIELD).filter(value -> !value.isBlank())
                .map(ClOrdId::of).orElse(null);
        String text = message.getOptionalString(Text.FIELD).orElse("");
        return new FixReject(kind, direction, refSeqNum, clOrdId, text);
    }

    private static boolean isType(Message message, String type) {
        return message.getHeader().getOptionalString(MsgType.FIELD).filter(type::equals).isPresent();
    }
}
