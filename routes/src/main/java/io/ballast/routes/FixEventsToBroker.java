package io.ballast.routes;

import io.ballast.connectors.fix.FixEventListener;
import io.ballast.connectors.fix.FixReject;
import io.ballast.domain.ExecutionReport;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands FIX events to the broker. An execution report is queued persistently before the FIX engine counts it as
 * received: if queueing fails the exception reaches the engine, which then does not advance the inbound sequence
 * number and the counterparty resends. A reject is logged and queued to be stored. A logon asks the status of
 * the orders in doubt and sends the orders that could not go out while the session was down.
 */
public class FixEventsToBroker implements FixEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(FixEventsToBroker.class);

    private final ProducerTemplate producer;

    public FixEventsToBroker(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public void onExecution(String session, ExecutionReport report) {
        producer.sendBody(Queues.jms(Queues.FIX_EXECUTIONS), Json.write(new InboundExecution(session, report)));
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
