package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.ApplicationAdapter;
import quickfix.FieldNotFound;
import quickfix.Group;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.AllocID;
import quickfix.field.AllocQty;
import quickfix.field.ClOrdID;
import quickfix.field.ExecID;
import quickfix.field.MsgType;
import quickfix.field.NoAllocs;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Quantity;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TradeDate;

/**
 * The counterparty's behaviour. QuickFIX/J calls it on its session thread, which only reads each message; the
 * simulator's own single thread does the work, so orders, their fills and cancels never race, and an execution
 * delay waits on that thread's scheduler instead of holding up the session. Chance is drawn when an order arrives
 * (see {@link ExecutionPlanner}), so a run with the same seed and the same orders gives the same executions.
 */
final class SimulatorApplication extends ApplicationAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorApplication.class);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final SimulatorConfig config;
    private final ExecutionPlanner planner;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fix-simulator");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, SimulatedOrder> orders = new HashMap<>();
    private final List<String> dontKnowTradeExecIds = new CopyOnWriteArrayList<>();
    private final List<String> receivedClOrdIds = new CopyOnWriteArrayList<>();
    private final List<SessionID> sessions = new CopyOnWriteArrayList<>();
    private final List<String> receivedAllocIds = new CopyOnWriteArrayList<>();

    SimulatorApplication(SimulatorConfig config) {
        this.config = config;
        this.planner = new ExecutionPlanner(config);
    }

    List<String> dontKnowTradeExecIds() {
        return List.copyOf(dontKnowTradeExecIds);
    }

    List<String> receivedClOrdIds() {
        return List.copyOf(receivedClOrdIds);
    }

    List<String> receivedAllocIds() {
        return List.copyOf(receivedAllocIds);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    @Override
    public void onCreate(SessionID sessionId) {
        sessions.add(sessionId);
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
    public void fromApp(Message message, SessionID sessionId)
            throws FieldNotFound, IncorrectTagValue, UnsupportedMessageType {
        switch (message.getHeader().getString(MsgType.FIELD)) {
            case MsgType.NEW_ORDER_SINGLE -> onNewOrder(message, sessionId);
            case MsgType.ORDER_CANCEL_REQUEST -> onCancel(message, sessionId);
            case MsgType.ORDER_CANCEL_REPLACE_REQUEST -> onReplace(message, sessionId);
            case MsgType.ORDER_STATUS_REQUEST -> onStatusRequest(message, sessionId);
            case MsgType.ALLOCATION_INSTRUCTION -> onAllocationInstruction(message, sessionId);
            case MsgType.DONT_KNOW_TRADE -> onDontKnowTrade(message, sessionId);
            default -> throw new UnsupportedMessageType();
        }
    }

    /** Reads the order here, so a malformed one is answered with a session Reject; works it on the worker. */
    private void onNewOrder(Message message, SessionID sessionId) throws FieldNotFound, IncorrectTagValue {
        String clOrdId = message.getString(ClOrdID.FIELD);
        String symbol = message.getString(Symbol.FIELD);
        BigDecimal limit = message.getChar(OrdType.FIELD) == OrdType.LIMIT ? message.getDecimal(Price.FIELD) : null;
        BigDecimal quantity = message.getDecimal(OrderQty.FIELD);
        if (quantity.signum() <= 0) {
            throw new IncorrectTagValue(OrderQty.FIELD);
        }
        SimulatedOrder order = new SimulatedOrder(clOrdId, symbol, message.getChar(Side.FIELD), quantity, limit);
        receivedClOrdIds.add(clOrdId);
        work(() -> accept(sessionId, order));
    }

    private void accept(SessionID sessionId, SimulatedOrder order) {
        String key = key(sessionId, order.clOrdId);
        if (orders.containsKey(key)) {
            reject(sessionId, order, "duplicate ClOrdID " + order.clOrdId);
            return;
        }
        orders.put(key, order);
        BigDecimal reference = config.priceOf().apply(order.symbol);
        if (config.rejectedSymbols().contains(order.symbol)) {
            reject(sessionId, order, "symbol " + order.symbol + " is not accepted");
            return;
        }
        if (reference == null) {
            reject(sessionId, order, "unknown symbol " + order.symbol);
            return;
        }
        if (planner.rejectsNewOrder()) {
            reject(sessionId, order, "order rejected by the simulator's reject rate");
            return;
        }
        send(sessionId, SimulatorMessages.executionReport(sessionId.getBeginString(), order,
                SimulatorMessages.Event.NEW, order.clOrdId, null, null, config.clock().instant()));
        proceed(sessionId, order, planner.plan(order, reference), 0);
    }

    /** Reports the plan from {@code index} on: all at once without a delay, else one execution per delay. */
    private void proceed(SessionID sessionId, SimulatedOrder order, List<PlannedExecution> plan, int index) {
        if (config.executionDelay().isZero()) {
            for (int i = index; i < plan.size() && !order.isClosed(); i++) {
                perform(sessionId, order, plan.get(i));
            }
        } else if (index < plan.size()) {
            int generation = order.generation;
            worker.schedule(() -> guarded(() -> {
                if (!order.isClosed() && order.generation == generation) {
                    perform(sessionId, order, plan.get(index));
                    proceed(sessionId, order, plan, index + 1);
                }
            }), config.executionDelay().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void perform(SessionID sessionId, SimulatedOrder order, PlannedExecution execution) {
        String beginString = sessionId.getBeginString();
        if (execution.event() == SimulatorMessages.Event.FILL && order.leaves().signum() <= 0) {
            return; // a replace took the order down to what had filled
        }
        Message report = switch (execution.event()) {
            case FILL -> {
                SimulatedOrder.Trade trade = order.fill(execution.quantity().min(order.leaves()), execution.price());
                yield tradeReport(beginString, order, execution.event(), trade, trade.execId());
            }
            case TRADE_CANCEL -> tradeReport(beginString, order, execution.event(), order.bustLastTrade(),
                    order.nextExecId());
            case TRADE_CORRECT -> tradeReport(beginString, order, execution.event(),
                    order.correctLastTrade(execution.price()), order.nextExecId());
            default -> throw new IllegalArgumentException("not an execution: " + execution.event());
        };
        send(sessionId, report);
    }

    private Message tradeReport(String beginString, SimulatedOrder order, SimulatorMessages.Event event,
            SimulatedOrder.Trade trade, String execId) {
        return SimulatorMessages.tradeReport(beginString, order, event, trade, execId, config.commissionPerShare(),
                config.clock().instant());
    }

    private void onCancel(Message message, SessionID sessionId) throws FieldNotFound {
        String cancelId = message.getString(ClOrdID.FIELD);
        String origClOrdId = message.getString(OrigClOrdID.FIELD);
        work(() -> cancel(sessionId, cancelId, origClOrdId));
    }

    private void cancel(SessionID sessionId, String cancelId, String origClOrdId) {
        SimulatedOrder order = working(sessionId, cancelId, origClOrdId, false);
        if (order != null) {
            order.close(OrdStatus.CANCELED);
            send(sessionId, SimulatorMessages.executionReport(sessionId.getBeginString(), order,
                    SimulatorMessages.Event.CANCELED, cancelId, origClOrdId, null, config.clock().instant()));
        }
    }

    /** The working order {@code origClOrdId} names, or null after answering the request with a cancel reject. */
    private SimulatedOrder working(SessionID sessionId, String requestId, String origClOrdId, boolean replace) {
        SimulatedOrder order = orders.get(key(sessionId, origClOrdId));
        String refusal = null;
        if (order == null) {
            refusal = "unknown order " + origClOrdId;
        } else if (order.isDone()) {
            refusal = "order " + origClOrdId + " is done";
        } else if (!order.workingClOrdId.equals(origClOrdId)) {
            refusal = "order " + origClOrdId + " was replaced by " + order.workingClOrdId;
        } else if (orders.containsKey(key(sessionId, requestId))) {
            refusal = "duplicate ClOrdID " + requestId;
        }
        if (refusal != null) {
            send(sessionId, SimulatorMessages.cancelReject(sessionId.getBeginString(), order, requestId, origClOrdId,
                    replace, refusal));
            return null;
        }
        return order;
    }

    private void onReplace(Message message, SessionID sessionId) throws FieldNotFound, IncorrectTagValue {
        String replaceId = message.getString(ClOrdID.FIELD);
        String origClOrdId = message.getString(OrigClOrdID.FIELD);
        BigDecimal quantity = message.getDecimal(OrderQty.FIELD);
        if (quantity.signum() <= 0) {
            throw new IncorrectTagValue(OrderQty.FIELD);
        }
        BigDecimal limit = message.getChar(OrdType.FIELD) == OrdType.LIMIT ? message.getDecimal(Price.FIELD) : null;
        work(() -> replace(sessionId, replaceId, origClOrdId, quantity, limit));
    }

    /** Works the order on under the new ClOrdID, quantity and limit, and plans what is left of it afresh. */
    private void replace(SessionID sessionId, String replaceId, String origClOrdId, BigDecimal quantity,
            BigDecimal limit) {
        SimulatedOrder order = working(sessionId, replaceId, origClOrdId, true);
        if (order == null) {
            return;
        }
        if (quantity.compareTo(order.cumulative()) <= 0) {
            send(sessionId, SimulatorMessages.cancelReject(sessionId.getBeginString(), order, replaceId, origClOrdId,
                    true, "quantity " + quantity.toPlainString() + " is not above the filled "
                            + order.cumulative().toPlainString()));
            return;
        }
        order.replace(replaceId, quantity, limit);
        orders.put(key(sessionId, replaceId), order);
        send(sessionId, SimulatorMessages.executionReport(sessionId.getBeginString(), order,
                SimulatorMessages.Event.REPLACED, replaceId, origClOrdId, null, config.clock().instant()));
        proceed(sessionId, order, planner.plan(order, config.priceOf().apply(order.symbol)), 0);
    }

    /** Accepts an allocation whose accounts' shares add up to its quantity; refuses it otherwise. */
    private void onAllocationInstruction(Message message, SessionID sessionId) throws FieldNotFound {
        String allocId = message.getString(AllocID.FIELD);
        BigDecimal quantity = message.getDecimal(Quantity.FIELD);
        BigDecimal allocated = BigDecimal.ZERO;
        for (Group allocation : message.getGroups(NoAllocs.FIELD)) {
            allocated = allocated.add(allocation.getDecimal(AllocQty.FIELD));
        }
        String tradeDate = message.getString(TradeDate.FIELD);
        String refusal = allocated.compareTo(quantity) == 0 ? null : "accounts' shares " + allocated.toPlainString()
                + " do not add up to the quantity " + quantity.toPlainString();
        receivedAllocIds.add(allocId);
        work(() -> send(sessionId, SimulatorMessages.allocationAck(sessionId.getBeginString(), allocId, tradeDate,
                refusal, config.clock().instant())));
    }

    private void onStatusRequest(Message message, SessionID sessionId) throws FieldNotFound {
        String clOrdId = message.getString(ClOrdID.FIELD);
        String symbol = message.getString(Symbol.FIELD);
        char side = message.getChar(Side.FIELD);
        work(() -> {
            SimulatedOrder order = orders.get(key(sessionId, clOrdId));
            Message answer = order == null
                    ? SimulatorMessages.unknownOrderStatus(sessionId.getBeginString(), clOrdId, symbol, side,
                            "STATUS-" + UUID.randomUUID(), config.clock().instant())
                    : SimulatorMessages.executionReport(sessionId.getBeginString(), order,
                            SimulatorMessages.Event.STATUS, order.workingClOrdId, null, null, config.clock().instant());
            send(sessionId, answer);
        });
    }

    /**
     * Busts the latest fill of an order that may be done and allocated already, and fills the busted shares again a
     * cent away, as a broker reports a late trade break; false when no session has an order with a fill by that
     * ClOrdID.
     */
    boolean bustLastFill(String clOrdId) {
        try {
            return worker.submit(() -> {
                for (Map.Entry<String, SimulatedOrder> entry : orders.entrySet()) {
                    SimulatedOrder order = entry.getValue();
                    if (order.clOrdId.equals(clOrdId) && order.hasTrade()) {
                        SessionID sessionId = sessionOf(entry.getKey());
                        SimulatedOrder.Trade busted = order.bustLastTrade();
                        send(sessionId, tradeReport(sessionId.getBeginString(), order,
                                SimulatorMessages.Event.TRADE_CANCEL, busted, order.nextExecId()));
                        SimulatedOrder.Trade again = order.fill(busted.quantity(), busted.price().add(CENT));
                        send(sessionId, tradeReport(sessionId.getBeginString(), order, SimulatorMessages.Event.FILL,
                                again, again.execId()));
                        return true;
                    }
                }
                return false;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the simulator could not bust " + clOrdId, e.getCause());
        }
    }

    private SessionID sessionOf(String key) {
        for (SessionID sessionId : sessions) {
            if (key.startsWith(sessionId + "|")) {
                return sessionId;
            }
        }
        throw new IllegalStateException("no session for " + key);
    }

    private void onDontKnowTrade(Message message, SessionID sessionId) throws FieldNotFound {
        String execId = message.getString(ExecID.FIELD);
        LOG.warn("simulator session {}: client does not know execution {}: {}", sessionId, execId,
                message.getOptionalString(Text.FIELD).orElse(""));
        dontKnowTradeExecIds.add(execId);
    }

    private void reject(SessionID sessionId, SimulatedOrder order, String text) {
        order.close(OrdStatus.REJECTED);
        send(sessionId, SimulatorMessages.executionReport(sessionId.getBeginString(), order,
                SimulatorMessages.Event.REJECTED, order.clOrdId, null, text, config.clock().instant()));
    }

    private void work(Runnable task) {
        worker.execute(() -> guarded(task));
    }

    /** The executor would keep a task's exception to itself; a simulator fault belongs in the log. */
    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("FIX simulator failed", e);
        }
    }

    private static void send(SessionID sessionId, Message message) {
        Session.lookupSession(sessionId).send(message);
    }

    private static String key(SessionID sessionId, String clOrdId) {
        return sessionId + "|" + clOrdId;
    }
}
