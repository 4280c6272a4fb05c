package io.ballast.routes;

import io.ballast.connectors.fix.FixGateway;
import io.ballast.connectors.fix.FixSendException;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.ledger.AllocationInstructions;
import io.ballast.ledger.OrderBook;
import io.ballast.ledger.OrderRequest;
import io.ballast.ledger.OrderTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns approved trades into block orders and sends every order that has not gone out yet, exactly once: an order
 * is persisted with its ClOrdID, then claimed as sending, then sent (claims and sent marks are recorded for a batch
 * of orders at a time). An order the session refused before it left
 * (not logged on) is released and goes at the next release or logon under the same ClOrdID; an order whose fate is
 * unknown (the agent stopped after claiming it, or the session stored it but could not write it) is never sent
 * again blindly: on logon the counterparty is asked for its status, and only an order it never received is sent
 * again.
 */
public class OrderDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(OrderDispatcher.class);
    /** Orders claimed together in one transaction and recorded sent together in another. */
    static final int SEND_BATCH = 50;

    private final OrderBook orders;
    private final AllocationInstructions instructions;
    private final FixGateway gateway;
    private final String session;
    private final OrderTerms terms;

    public OrderDispatcher(OrderBook orders, AllocationInstructions instructions, FixGateway gateway, String session,
            OrderTerms terms) {
        this.orders = orders;
        this.instructions = instructions;
        this.gateway = gateway;
        this.session = session;
        this.terms = terms;
    }

    public synchronized void release(LocalDate tradeDate) {
        List<BlockOrder> blocks = orders.createBlocks(tradeDate, terms);
        if (!blocks.isEmpty()) {
            LOG.info("created {} block order(s) for {}", blocks.size(), tradeDate);
        }
        sendUnsent();
    }

    /** After a logon: asks the status of every order in doubt, then sends the orders not sent yet. */
    public synchronized void onLogon() {
        for (BlockOrder order : orders.inDoubt()) {
            try {
                orders.markStatusRequested(order.clOrdId(), gateway.requestStatus(session, order));
                LOG.info("asked {} for the status of {}", session, order.clOrdId());
            } catch (FixSendException e) {
                LOG.warn("status of {} not asked now, will be at the next logon: {}", order.clOrdId(),
                        e.getMessage());
                return;
            }
        }
        sendUnsent();
    }

    public synchronized void sendUnsent() {
        List<BlockOrder> unsent = orders.unsent();
        for (int from = 0; from < unsent.size(); from += SEND_BATCH) {
            if (!sendBatch(unsent.subList(from, Math.min(from + SEND_BATCH, unsent.size())))) {
                return;
            }
        }
    }

    /**
     * Claims the orders in one transaction, sends them, and records those sent in one transaction. When the session
     * refuses one, the claimed orders not sent are released (the refused one too, unless it may have gone out) and
     * false is returned: the rest waits for the next logon.
     */
    private boolean sendBatch(List<BlockOrder> batch) {
        List<ClOrdId> claimed = orders.markSending(batch.stream().map(BlockOrder::clOrdId).toList());
        Map<ClOrdId, String> sent = new LinkedHashMap<>();
        try {
            for (BlockOrder order : batch) {
                if (claimed.contains(order.clOrdId())) {
                    sent.put(order.clOrdId(), send(order));
                }
            }
            return true;
        } catch (FixSendException e) {
            List<ClOrdId> released = new ArrayList<>(claimed);
            released.removeAll(sent.keySet());
            if (e.mayHaveGone()) {
                ClOrdId inDoubt = released.remove(0);
                LOG.warn("order {} may or may not have gone out; its status is asked at the next logon: {}", inDoubt,
                        e.getMessage());
            }
            if (!released.isEmpty()) {
                orders.sendFailed(released, e.getMessage());
                LOG.warn("order(s) {} not sent now, will be sent on logon: {}", released, e.getMessage());
            }
            return false;
        } finally {
            if (!sent.isEmpty()) {
                orders.markSent(sent);
            }
        }
    }

    private String send(BlockOrder order) {
        MDC.put("clOrdId", order.clOrdId().value());
        try {
            String message = gateway.send(session, order,
                    terms.preAllocate() ? orders.accountQuantities(order.clOrdId()) : Map.of());
            LOG.info("sent {} {} {} to {}", order.side(), order.quantity().toPlainString(), order.security(), session);
            return message;
        } finally {
            MDC.remove("clOrdId");
        }
    }

    /**
     * Advises the counterparty of an allocated block's allocation (35=J) when the session's terms ask for it; the
     * instruction is persisted first. An instruction that cannot go now is logged and left to an operator.
     */
    public void adviseAllocation(ClOrdId order) {
        if (!terms.allocationInstructions()) {
            return;
        }
        instructions.request(order).ifPresent(advice -> {
            try {
                instructions.markSent(advice.allocId(), gateway.allocationInstruction(session,
                        advice.allocId(), advice.order(), advice.tradeDate(), advice.quantity(),
                        advice.averagePrice(), advice.accounts(), advice.commissions()));
                LOG.info("sent allocation {} of {} to {}", advice.allocId(), order, session);
            } catch (FixSendException e) {
                LOG.warn("allocation {} of {} not sent: {}", advice.allocId(), order, e.getMessage());
            }
        });
    }

    /** Records the counterparty's answer to an allocation instruction. */
    public void allocationAnswered(InboundAllocationAck ack) {
        if (!instructions.answered(ack.allocId(), ack.accepted(), ack.text())) {
            LOG.error("allocation ack on {} for unknown allocation {}", ack.session(), ack.allocId());
        } else if (!ack.accepted()) {
            LOG.error("allocation {} rejected by {}: {}", ack.allocId(), ack.session(), ack.text());
        }
    }

    /**
     * Asks the counterparty to cancel what is left of the order; the request is persisted first.
     *
     * @throws FixSendException when the session is not logged on (nothing is recorded then)
     */
    public synchronized ClOrdId cancel(ClOrdId order) {
        requireLoggedOn("cancel " + order);
        OrderRequest request = orders.requestCancel(order);
        orders.markRequestSent(request.clOrdId(), gateway.cancel(session, request.clOrdId(), request.order()));
        LOG.info("asked {} to cancel {} ({})", session, request.origClOrdId(), request.clOrdId());
        return request.clOrdId();
    }

    /**
     * Asks the counterparty for a new quantity and/or limit (null: unchanged); the request is persisted first.
     *
     * @throws FixSendException when the session is not logged on (nothing is recorded then)
     */
    public synchronized ClOrdId replace(ClOrdId order, BigDecimal quantity, BigDecimal limitPrice) {
        requireLoggedOn("replace " + order);
        OrderRequest request = orders.requestReplace(order, quantity, limitPrice);
        orders.markRequestSent(request.clOrdId(), gateway.replace(session, request.origClOrdId(), request.order()));
        LOG.info("asked {} to replace {} by {}", session, request.origClOrdId(), request.clOrdId());
        return request.clOrdId();
    }

    /** A request made while the session is down would be recorded but never sent: refuse it before recording. */
    private void requireLoggedOn(String what) {
        if (!gateway.isLoggedOn(session)) {
            throw new FixSendException("cannot " + what + ": FIX session " + session + " is not logged on");
        }
    }
}
