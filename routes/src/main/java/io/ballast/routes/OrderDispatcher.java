package io.ballast.routes;

import io.ballast.connectors.fix.FixGateway;
import io.ballast.connectors.fix.FixSendException;
import io.ballast.domain.BlockOrder;
import io.ballast.ledger.OrderBook;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns approved trades into block orders and sends every order that has not gone out yet. Orders are persisted
 * with their ClOrdID before they are sent; an order that cannot be sent now stays unsent and goes at the next
 * release or logon, under the same ClOrdID.
 */
public class OrderDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(OrderDispatcher.class);

    private final OrderBook orders;
    private final FixGateway gateway;
    private final String session;

    public OrderDispatcher(OrderBook orders, FixGateway gateway, String session) {
        this.orders = orders;
        this.gateway = gateway;
        this.session = session;
    }

    public synchronized void release(LocalDate tradeDate) {
        List<BlockOrder> blocks = orders.createBlocks(tradeDate);
        if (!blocks.isEmpty()) {
            LOG.info("created {} block order(s) for {}", blocks.size(), tradeDate);
        }
        sendUnsent();
    }

    public synchronized void sendUnsent() {
        for (BlockOrder order : orders.unsent()) {
            MDC.put("clOrdId", order.clOrdId().value());
            try {
                gateway.send(session, order);
                orders.markSent(order.clOrdId());
                LOG.info("sent {} {} {} to {}", order.side(), order.quantity().toPlainString(), order.security(),
                        session);
            } catch (FixSendException e) {
                LOG.warn("order {} not sent now, will be sent on logon: {}", order.clOrdId(), e.getMessage());
                return;
            } finally {
                MDC.remove("clOrdId");
            }
        }
    }
}
