package io.ballast.connectors.fix;

import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.OrderType;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import quickfix.Application;
import quickfix.ApplicationAdapter;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.JdbcStoreFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.ClOrdID;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;

/**
 * The baseline of the FIX benchmark: a bare QuickFIX/J initiator with the same JDBC message store as the agent, that
 * sends NewOrderSingles as fast as the session takes them and notes when each order's fill arrives. Nothing is
 * persisted beyond the message store and nothing is allocated: what the agent adds is measured against this.
 */
public final class RawQuickFixRun {
    private final DataSource store;
    private final FixSessionConfig config;
    private final SessionID sessionId;

    public RawQuickFixRun(DataSource store, String beginString, String senderCompId, String targetCompId, int port) {
        this.store = store;
        // rendered by the agent's own settings, so the baseline runs the session as the agent does
        this.config = new FixSessionConfig("raw", beginString, senderCompId, targetCompId, "localhost", port, 30, true,
                FixMessageStore.database(store), 1);
        this.sessionId = InitiatorSettings.sessionId(config);
    }

    /** Sends {@code orders} market orders for {@code symbol}, pipelined, and waits for every fill. */
    public LatencyFigures run(int orders, String symbol, Duration timeout) throws ConfigError, InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        long[] latencies = new long[orders];
        CountDownLatch filled = new CountDownLatch(orders);
        CountDownLatch loggedOn = new CountDownLatch(1);
        Application application = new FillTimer(sentAt, latencies, filled, loggedOn);
        SessionSettings settings = InitiatorSettings.render(List.of(config));
        JdbcStoreFactory stores = new JdbcStoreFactory(settings);
        stores.setDataSource(store);
        SocketInitiator initiator = new SocketInitiator(application, stores, settings, new SLF4JLogFactory(settings),
                new DefaultMessageFactory());
        initiator.start();
        try {
            if (!loggedOn.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the raw QuickFIX/J session did not log on within " + timeout);
            }
            Session session = Session.lookupSession(sessionId);
            long start = System.nanoTime();
            for (int i = 0; i < orders; i++) {
                String clOrdId = "RAW-" + i;
                BlockOrder order = new BlockOrder(ClOrdId.of(clOrdId), SecurityId.of(symbol), Side.BUY,
                        BigDecimal.TEN, OrderType.MARKET, null, TimeInForce.DAY);
                sentAt.put(clOrdId, System.nanoTime());
                session.send(GatewayMessages.newOrderSingle(sessionId.getBeginString(), order, Instant.now()));
            }
            if (!filled.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(filled.getCount() + " raw orders were not filled within " + timeout);
            }
            return LatencyFigures.of("raw QuickFIX/J (JDBC store)", Duration.ofNanos(System.nanoTime() - start),
                    latencies);
        } finally {
            initiator.stop();
        }
    }

    /** Notes the time each order's last fill arrives. */
    private static final class FillTimer extends ApplicationAdapter {
        private final Map<String, Long> sentAt;
        private final long[] latencies;
        private final CountDownLatch filled;
        private final CountDownLatch loggedOn;

        FillTimer(Map<String, Long> sentAt, long[] latencies, CountDownLatch filled, CountDownLatch loggedOn) {
            this.sentAt = sentAt;
            this.latencies = latencies;
            this.filled = filled;
            this.loggedOn = loggedOn;
        }

        @Override
        public void fromApp(Message message, SessionID sessionId) {
            boolean report = message.getHeader().getOptionalString(MsgType.FIELD)
                    .filter(MsgType.EXECUTION_REPORT::equals).isPresent();
            boolean done = message.getOptionalString(OrdStatus.FIELD)
                    .filter(status -> status.charAt(0) == OrdStatus.FILLED).isPresent();
            if (report && done) {
                String clOrdId = message.getOptionalString(ClOrdID.FIELD).orElse("");
                Long sent = sentAt.remove(clOrdId);
                if (sent != null) {
                    latencies[Integer.parseInt(clOrdId.substring("RAW-".length()))] = System.nanoTime() - sent;
                    filled.countDown();
                }
            }
        }

        @Override
        public void onLogon(SessionID sessionId) {
            loggedOn.countDown();
        }
    }
}
