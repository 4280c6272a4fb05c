package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Application;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.ClOrdID;
import quickfix.field.ExecID;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;

/**
 * The counterparty's behaviour. QuickFIX/J's single-threaded acceptor calls it for every session on one thread,
 * and each order is answered in full (New, then its fills) before the next message is read, so a run with the same
 * seed and the same orders gives the same executions.
 */
final class SimulatorApplication implements Application {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorApplication.class);
    private static final int PRICE_VARIATION_CENTS = 5;
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final SimulatorConfig config;
    private final Random random;
    private final Map<String, SimulatedOrder> orders = new HashMap<>();
    private final List<String> dontKnowTradeExecIds = new CopyOnWriteArrayList<>();

    SimulatorApplication(SimulatorConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
    }

    List<String> dontKnowTradeExecIds() {
        return List.copyOf(dontKnowTradeExecIds);
    }

    @Override
    public void onCreate(SessionID sessionId) {
        LOG.info("simulator session {} created", sessionId);
    }

    @Override
    public void onLogon(SessionID sessionId) {
        LOG.info("simulator session {} logged on", sessionId);
    }

    @Override
    public void onLogout(SessionID sessionId) {
        LOG.info("simulator session {} logged out", sessionId);
    }

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
        // Nothing to add to session-level messages.
    }

    @Override
    public void fromAdmin(Message message, SessionID sessionId) {
        // Session-level messages need no answer beyond QuickFIX/J's own.
    }

    @Override
    public void toApp(Message message, SessionID sessionId) {
        // Outgoing messages are complete as built.
    }

    @Override
    public void fromApp(Message message, SessionID sessionId)
            throws FieldNotFound, IncorrectTagValue, UnsupportedMessageType {
        switch (message.getHeader().getString(MsgType.FIELD)) {
            case MsgType.NEW_ORDER_SINGLE -> onNewOrder(message, sessionId);
            case MsgType.ORDER_CANCEL_REQUEST -> onCancel(message, sessionId);
            case MsgType.DONT_KNOW_TRADE -> onDontKnowTrade(message, sessionId);
            default -> throw new UnsupportedMessageType();
        }
    }

    private void onNewOrder(Message message, SessionID sessionId) throws FieldNotFound, IncorrectTagValue {
        String clOrdId = message.getString(ClOrdID.FIELD);
        String symbol = message.getString(Symbol.FIELD);
        BigDecimal limit = message.getChar(OrdType.FIELD) == OrdType.LIMIT ? message.getDecimal(Price.FIELD) : null;
        BigDecimal quantity = message.getDecimal(OrderQty.FIELD);
        if (quantity.signum() <= 0) {
            throw new IncorrectTagValue(OrderQty.FIELD);
        }
        SimulatedOrder order = new SimulatedOrder(clOrdId, symbol, message.getChar(Side.FIELD), quantity, limit);
        String key = key(sessionId, clOrdId);
        if (orders.containsKey(key)) {
            reject(sessionId, order, "duplicate ClOrdID " + clOrdId);
            return;
        }
        orders.put(key, order);
        BigDecimal reference = config.priceOf().apply(symbol);
        if (config.rejectedSymbols().contains(symbol)) {
            reject(sessionId, order, "symbol " + symbol + " is not accepted");
            return;
        }
        if (reference == null) {
            reject(sessionId, order, "unknown symbol " + symbol);
            return;
        }
        send(sessionId, report(sessionId, order, SimulatorMessages.Event.NEW, BigDecimal.ZERO, BigDecimal.ZERO, null));
        for (BigDecimal fill : FillSchedule.split(quantity, config.fillsPerOrder())) {
            BigDecimal price = priceNear(reference);
            if (!order.acceptsPrice(price)) {
                LOG.info("simulator: order {} rests, {} is beyond its limit {}", clOrdId, price, limit);
                return;
            }
            order.fill(fill, price);
            send(sessionId, report(sessionId, order, SimulatorMessages.Event.FILL, fill, price, null));
        }
    }

    private void onCancel(Message message, SessionID sessionId) throws FieldNotFound {
        String cancelId = message.getString(ClOrdID.FIELD);
        String origClOrdId = message.getString(OrigClOrdID.FIELD);
        SimulatedOrder order = orders.get(key(sessionId, origClOrdId));
        if (order == null || order.isDone()) {
            String text = order == null ? "unknown order " + origClOrdId : "order " + origClOrdId + " is done";
            send(sessionId, SimulatorMessages.cancelReject(sessionId.getBeginString(), order, cancelId, origClOrdId,
                    text));
            return;
        }
        order.close(OrdStatus.CANCELED);
        send(sessionId, SimulatorMessages.executionReport(sessionId.getBeginString(), order,
                SimulatorMessages.Event.CANCELED, cancelId, BigDecimal.ZERO, BigDecimal.ZERO, null,
                config.clock().instant()));
    }

    private void onDontKnowTrade(Message message, SessionID sessionId) throws FieldNotFound {
        String execId = message.getString(ExecID.FIELD);
        LOG.warn("simulator session {}: client does not know execution {}: {}", sessionId, execId,
                message.getOptionalString(Text.FIELD).orElse(""));
        dontKnowTradeExecIds.add(execId);
    }

    private void reject(SessionID sessionId, SimulatedOrder order, String text) {
        order.close(OrdStatus.REJECTED);
        send(sessionId, report(sessionId, order, SimulatorMessages.Event.REJECTED, BigDecimal.ZERO, BigDecimal.ZERO,
                text));
    }

    private Message report(SessionID sessionId, SimulatedOrder order, SimulatorMessages.Event event,
            BigDecimal lastQuantity, BigDecimal lastPrice, String text) {
        return SimulatorMessages.executionReport(sessionId.getBeginString(), order, event, order.clOrdId,
                lastQuantity, lastPrice, text, config.clock().instant());
    }

    /** The reference price moved by a few cents, never below one cent. */
    private BigDecimal priceNear(BigDecimal reference) {
        int cents = random.nextInt(2 * PRICE_VARIATION_CENTS + 1) - PRICE_VARIATION_CENTS;
        BigDecimal price = reference.add(CENT.multiply(BigDecimal.valueOf(cents))).setScale(2, RoundingMode.HALF_EVEN);
        return price.max(CENT);
    }

    private static void send(SessionID sessionId, Message message) {
        Session.lookupSession(sessionId).send(message);
    }

    private static String key(SessionID sessionId, String clOrdId) {
        return sessionId + "|" + clOrdId;
    }
}
