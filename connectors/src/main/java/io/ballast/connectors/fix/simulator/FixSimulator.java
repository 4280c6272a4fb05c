package io.ballast.connectors.fix.simulator;

import java.net.InetSocketAddress;
import java.util.List;
import org.apache.mina.core.service.IoAcceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FileStoreFactory;
import quickfix.MemoryStoreFactory;
import quickfix.MessageStoreFactory;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.mina.acceptor.AbstractSocketAcceptor;

/**
 * A FIX counterparty for the demo and tests: a QuickFIX/J acceptor that acknowledges each order, fills it in a
 * configured number of executions at prices a few cents around a reference, rejects orders in unknown or refused
 * symbols, cancels what is left of a resting order on request, and notes the DontKnowTrades it receives. On request
 * it spaces executions out, busts or corrects a seeded fraction of fills and rejects a seeded fraction of orders.
 */
public final class FixSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FixSimulator.class);

    private final SimulatorApplication application;
    private final SocketAcceptor acceptor;
    private int port;

    public FixSimulator(SimulatorConfig config) {
        this.application = new SimulatorApplication(config);
        SessionSettings settings = settings(config);
        MessageStoreFactory stores = config.storeDirectory() == null ? new MemoryStoreFactory()
                : new FileStoreFactory(settings);
        try {
            acceptor = new SocketAcceptor(application, stores, settings, new SLF4JLogFactory(settings),
                    new DefaultMessageFactory());
        } catch (ConfigError e) {
            throw new IllegalArgumentException("invalid simulator settings: " + e.getMessage(), e);
        }
    }

    public void start() {
        try {
            acceptor.start();
        } catch (ConfigError e) {
            throw new IllegalStateException("FIX simulator could not start: " + e.getMessage(), e);
        }
        port = boundPort();
        LOG.info("FIX simulator accepting on port {}", port);
    }

    /** The port it accepts on: the one configured, or the free one it picked when configured with 0. */
    public int port() {
        if (port == 0) {
            throw new IllegalStateException("the FIX simulator has not started");
        }
        return port;
    }

    /** ExecIDs of the executions clients answered with a DontKnowTrade, in arrival order. */
    public List<String> dontKnowTradeExecIds() {
        return application.dontKnowTradeExecIds();
    }

    /**
     * Busts the latest fill of the order with this (original) ClOrdID, even one done, and fills the shares again a cent
     * away; false when there is no such order with a fill.
     */
    public boolean bustLastFill(String clOrdId) {
        return application.bustLastFill(clOrdId);
    }

    /** The AllocID of every allocation instruction received, in arrival order. */
    public List<String> receivedAllocIds() {
        return application.receivedAllocIds();
    }

    /** The ClOrdID of every NewOrderSingle received, in arrival order, duplicates included. */
    public List<String> receivedClOrdIds() {
        return application.receivedClOrdIds();
    }

    @Override
    public void close() {
        // Stop accepting first, so no order reaches a worker that is already shut down.
        acceptor.stop();
        application.close();
        LOG.info("FIX simulator stopped");
    }

    private int boundPort() {
        for (IoAcceptor endpoint : acceptor.getEndpoints()) {
            if (endpoint.getLocalAddress() instanceof InetSocketAddress address) {
                return address.getPort();
            }
        }
        throw new IllegalStateException("the FIX simulator is not bound to a socket");
    }

    private static SessionSettings settings(SimulatorConfig config) {
        SessionSettings settings = new SessionSettings();
        settings.setString(SessionFactory.SETTING_CONNECTION_TYPE, SessionFactory.ACCEPTOR_CONNECTION_TYPE);
        settings.setLong(AbstractSocketAcceptor.SETTING_SOCKET_ACCEPT_PORT, config.port());
        settings.setString(Session.SETTING_NON_STOP_SESSION, "Y");
        settings.setString(Session.SETTING_USE_DATA_DICTIONARY, "Y");
        if (config.storeDirectory() != null) {
            settings.setString(FileStoreFactory.SETTING_FILE_STORE_PATH, config.storeDirectory().toString());
        }
        for (SimulatorSession session : config.sessions()) {
            SessionID id = new SessionID(session.beginString(), session.simulatorCompId(), session.clientCompId());
            settings.setString(id, SessionSettings.BEGINSTRING, session.beginString());
        }
        return settings;
    }
}
