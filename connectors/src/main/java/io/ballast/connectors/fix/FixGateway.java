package io.ballast.connectors.fix;

import io.ballast.domain.AccountId;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;

/**
 * The FIX initiator: one QuickFIX/J session per configured counterparty, orders sent to a session by name,
 * execution reports and rejects handed to a {@link FixEventListener} as domain records. FIX types stay inside.
 */
public final class FixGateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FixGateway.class);
    private static final int REMEMBERED_EXECUTIONS = 100_000;

    private final Map<String, SessionID> sessionIds = new LinkedHashMap<>();
    private final Map<SessionID, LogonState> logons = new LinkedHashMap<>();
    private final RecentExecutions recentExecutions = new RecentExecutions(REMEMBERED_EXECUTIONS);
    private final Clock clock;
    private final SocketInitiator initiator;

    public FixGateway(List<FixSessionConfig> sessions, FixEventListener listener, Clock clock) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a FIX gateway needs at least one session");
        }
        this.clock = clock;
        Map<SessionID, String> names = new LinkedHashMap<>();
        Map<SessionID, FixMessageStore> stores = new LinkedHashMap<>();
        for (FixSessionConfig config : sessions) {
            SessionID id = InitiatorSettings.sessionId(config);
            if (sessionIds.putIfAbsent(config.name(), id) != null) {
                throw new IllegalArgumentException("two FIX sessions are named " + config.name());
            }
            if (names.putIfAbsent(id, config.name()) != null) {
                throw new IllegalArgumentException("FIX sessions " + names.get(id) + " and " + config.name()
                        + " have the same BeginString, SenderCompID and TargetCompID");
            }
            stores.put(id, config.store());
            logons.put(id, new LogonState());
        }
        SessionSettings settings = InitiatorSettings.render(sessions);
        GatewayApplication application = new GatewayApplication(Map.copyOf(names), Map.copyOf(logons), listener,
                recentExecutions, clock);
        try {
            initiator = new SocketInitiator(application, new SessionStores(stores, settings), settings,
                    new SLF4JLogFactory(settings), new DefaultMessageFactory());
        } catch (ConfigError e) {
            throw new IllegalArgumentException("invalid FIX session settings: " + e.getMessage(), e);
        }
    }

    /** Creates the sessions and starts connecting; logon follows asynchronously (see {@link #awaitLogon}). */
    public void start() {
        try {
            initiator.start();
        } catch (ConfigError e) {
            throw new IllegalStateException("FIX gateway could not start: " + e.getMessage(), e);
        }
        LOG.info("FIX gateway started with sessions {}", sessionIds.keySet());
    }

    /** Waits until the session is logged on; false when the timeout passes first or the wait is interrupted. */
    public boolean awaitLogon(String session, Duration timeout) {
        try {
            return logons.get(sessionId(session)).awaitLoggedOn(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the session is logged on now. */
    public boolean isLoggedOn(String session) {
        Session fixSession = Session.lookupSession(sessionId(session));
        return fixSession != null && fixSession.isLoggedOn();
    }

    /** Sends a NewOrderSingle for the block order; returns the message as sent. */
    public String send(String session, BlockOrder order) {
        return send(session, order, Map.of());
    }

    /**
     * Sends a NewOrderSingle for the block order with its accounts' shares as pre-allocation groups (none when
     * {@code accounts} is empty); returns the message as sent.
     */
    public String send(String session, BlockOrder order, Map<AccountId, BigDecimal> accounts) {
        SessionID id = sessionId(session);
        return sendLoggedOn(session, GatewayMessages.newOrderSingle(id.getBeginString(), order, accounts,
                clock.instant()), "order " + order.clOrdId());
    }

    /**
     * Sends the post-trade allocation of a done block (AllocationInstruction, 35=J) under {@code allocId}; the
     * counterparty's AllocationInstructionAck (35=P) reaches {@link FixEventListener#onAllocationAck}. Returns the
     * message as sent.
     *
     * @param accounts    each account's shares
     * @param commissions each account's commission in dollars; an account without one is advised without
     */
    public String allocationInstruction(String session, String allocId, BlockOrder order, LocalDate tradeDate,
            BigDecimal quantity, BigDecimal averagePrice, Map<AccountId, BigDecimal> accounts,
            Map<AccountId, BigDecimal> commissions) {
        SessionID id = sessionId(session);
        return sendLoggedOn(session, GatewayMessages.allocationInstruction(id.getBeginString(), allocId, order,
                tradeDate, quantity, averagePrice, accounts, commissions),
                "allocation " + allocId + " of " + order.clOrdId());
    }

    /**
     * Asks the counterparty to cancel what is left of an order, which works under {@code order.clOrdId()};
     * {@code cancelId} is the request's own ClOrdID. Returns the message as sent.
     */
    public String cancel(String session, ClOrdId cancelId, BlockOrder order) {
        SessionID id = sessionId(session);
        return sendLoggedOn(session, GatewayMessages.orderCancelRequest(id.getBeginString(), cancelId, order,
                clock.instant()), "cancel " + cancelId + " of order " + order.clOrdId());
    }

    /**
     * Asks the counterparty to change the order working under {@code origClOrdId} into {@code replacement} (new
     * quantity or limit, under the replacement's ClOrdID); returns the message as sent.
     */
    public String replace(String session, ClOrdId origClOrdId, BlockOrder replacement) {
        SessionID id = sessionId(session);
        return sendLoggedOn(session, GatewayMessages.orderCancelReplaceRequest(id.getBeginString(), origClOrdId,
                replacement, clock.instant()), "replace " + replacement.clOrdId() + " of order " + origClOrdId);
    }

    /** Asks where the order working under {@code order.clOrdId()} stands (35=H); returns the message as sent. */
    public String requestStatus(String session, BlockOrder order) {
        SessionID id = sessionId(session);
        return sendLoggedOn(session, GatewayMessages.orderStatusRequest(id.getBeginString(), order),
                "status request of order " + order.clOrdId());
    }

    /** Refuses an execution the book does not know with a DontKnowTrade (35=Q). */
    public void dontKnowTrade(String session, ExecutionReport report, String reason) {
        SessionID id = sessionId(session);
        ExecutionContext context = recentExecutions.find(session, report.execId());
        if (context == null) {
            throw new FixSendException("session " + session + " has received no execution " + report.execId()
                    + " to answer with a DontKnowTrade");
        }
        sendLoggedOn(session, GatewayMessages.dontKnowTrade(id.getBeginString(), report, context, reason),
                "DontKnowTrade of execution " + report.execId());
    }

    public List<FixSessionStatus> status() {
        List<FixSessionStatus> statuses = new ArrayList<>();
        for (Map.Entry<String, SessionID> entry : sessionIds.entrySet()) {
            Session session = Session.lookupSession(entry.getValue());
            String beginString = entry.getValue().getBeginString();
            Instant lastHeartbeat = logons.get(entry.getValue()).lastHeartbeat();
            if (session == null) {
                statuses.add(new FixSessionStatus(entry.getKey(), beginString, false, 0, 0, lastHeartbeat));
            } else {
                statuses.add(new FixSessionStatus(entry.getKey(), beginString, session.isLoggedOn(),
                        session.getExpectedSenderNum(), session.getExpectedTargetNum(), lastHeartbeat));
            }
        }
        return statuses;
    }

    /** Logs the sessions out and stops. */
    @Override
    public void close() {
        initiator.stop();
        LOG.info("FIX gateway stopped");
    }

    private String sendLoggedOn(String session, Message message, String what) {
        Session fixSession = Session.lookupSession(sessionId(session));
        if (fixSession == null || !fixSession.isLoggedOn()) {
            throw new FixSendException("cannot send " + what + ": FIX session " + session + " is not logged on");
        }
        if (!fixSession.send(message)) {
            throw new FixSendException("FIX session " + session + " could not send " + what
                    + " (it is stored and goes out again if the counterparty asks for a resend)", true);
        }
        return ExecutionReportMapper.readable(message);
    }

    private SessionID sessionId(String session) {
        SessionID id = sessionIds.get(session);
        if (id == null) {
            throw new FixSendException("unknown FIX session '" + session + "'; configured: " + sessionIds.keySet());
        }
        return id;
    }
}
