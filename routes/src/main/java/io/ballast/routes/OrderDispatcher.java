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
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns approved trades into block orders and sends every order that has not gone out yet, exactly once: an order
 * is persisted with its ClOrdID, then claimed as sending, then sent. An order the session refused before it left
 * (not logged on) is released and goes at the next release or logon under the same ClOrdID; an order whose fate is
 * unknown (the agent stopped after claiming it, or the session stored it but could not write it) is never sent
 * again blindly: on logon the counterparty is asked for its status, and only an order it never received is sent
 * again.
 */
public class OrderDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(OrderDispatcher.class);

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
        for (BlockOrder order : orders.unsent()) {
            MDC.put("clOrdId", order.clOrdId().value());
            try {
                if (!orders.markSending(order.clOrdId())) {
                    continue;
                }
                orders.markSent(order.clOrdId(), gateway.send(session, order,
                        terms.preAllocate() ? orders.accountQuantities(order.clOrdId()) : Map.of()));
                LOG.info("sent {} {} {} to {}", order.side(), order.quantity().toPlainString(), order.security(),
                        session);
            } catch (FixSendException e) {
                if (e.mayHaveGone()) {
                    LOG.warn("order {} may or may not have gone out; its status is asked at the next logon: {}",
                            order.clOrdId(), e.getMessage());
                } else {
                    orders.sendFailed(order.clOrdId(), e.getMessage());
                    LOG.warn("order {} not sent now, will be sent on logon: {}", order.clOrdId(), e.getMessage());
                }
                return;
            } finally {
                MDC.remove("clOrdId");
            }
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

    /** Asks the counterparty to cancel what is left of the order; the request is persisted first. */
    public synchronized ClOrdId cancel(ClOrdId order) {
        OrderRequest request = orders.requestCancel(order);
        orders.markRequestSent(request.clOrdId(), gateway.cancel(session, request.clOrdId(), request.order()));
        LOG.info("asked {} to cancel {} ({})", session, request.origClOrdId(), request.clOrdId());
        return request.clOrdId();
    }

    /** Asks the counterparty for a new quantity and/or limit (null: unchanged); the request is persisted first. */
    public synchronized ClOrdId replace(ClOrdId order, BigDecimal quantity, BigDecimal limitPrice) {
        OrderRequest request = orders.requestReplace(order, quantity, limitPrice);
        orders.markRequestSent(request.clOrdId(), gateway.replace(session, request.origClOrdId(), request.order()));
        LOG.info("asked {} to replace {} by {}", session, request.origClOrdId(), request.clOrdId());
        return request.clOrdId();
    }
}
