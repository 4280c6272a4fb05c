package io.ballast.routes;

import io.ballast.connectors.fix.FixEventListener;
import io.ballast.connectors.fix.FixReject;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.ledger.OrderBook;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands FIX events to the broker. An execution report is queued persistently before the FIX engine counts it as
 * received: if queueing fails the exception reaches the engine, which then does not advance the inbound sequence
 * number and the counterparty resends. Each report carries its order's original ClOrdID as its JMS message group, so
 * that reports of one order (and of its cancels and replaces) are processed in sequence while those of different
 * orders are processed concurrently. A reject is logged and queued to be stored. A logon asks the status of
 * the orders in doubt and sends the orders that could not go out while the session was down.
 */
public class FixEventsToBroker implements FixEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(FixEventsToBroker.class);

    /** The JMS property Artemis keeps a message group by: one consumer at a time, in order. */
    static final String MESSAGE_GROUP = "JMSXGroupID";

    private final ProducerTemplate producer;
    private final OrderBook orders;

    public FixEventsToBroker(ProducerTemplate producer, OrderBook orders) {
        this.producer = producer;
        this.orders = orders;
    }

    @Override
    public void onExecution(String session, ExecutionReport report) {
        ClOrdId order = orders.orderOf(report.clOrdId(), report.origClOrdId()).orElse(report.clOrdId());
        producer.sendBodyAndHeader(Queues.jms(Queues.FIX_EXECUTIONS), Json.write(new InboundExecution(session, report)),
                MESSAGE_GROUP, order.value());
    }

    @Override
    public void onReject(String session, FixReject reject) {
        LOG.error("FIX session {}: {}", session, reject);
        producer.sendBody(Queues.jms(Queues.FIX_REJECTS), Json.write(new InboundReject(session, reject.kind().name(),
                reject.direction().name(), reject.refSeqNum(), reject.clOrdId(), reject.text())));
    }

    @Override
    public void onAllocationAck(String session, String allocId, boolean accepted, String text) {
        producer.sendBody(Queues.jms(Queues.FIX_ALLOCATION_ACKS),
                Json.write(new InboundAllocationAck(session, allocId, accepted, text)));
    }

    @Override
    public void onSessionEvent(String session, String event) {
        LOG.info("FIX session {}: {}", session, event);
        if ("logon".equals(event)) {
            producer.sendBody(Queues.jms(Queues.ORDERS_RESEND), session);
        }
    }
}
