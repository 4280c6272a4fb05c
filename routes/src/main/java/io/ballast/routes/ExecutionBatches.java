package io.ballast.routes;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code fix.executions} a batch at a time: each consumer takes the reports queued for it (up to
 * {@link #MAX_BATCH}, without waiting for more) in one transacted JMS session, applies them in one ledger transaction
 * and then commits the session, so a batch costs one ledger commit and one broker commit instead of one each per
 * report. The guarantees are those of one report per transaction: a report leaves the queue only after its ledger
 * changes are committed, and one delivered again is recognised by its ExecID. The broker gives all reports of one
 * order (their message group) to one consumer, in order, and a batch is applied in that order.
 *
 * <p>A failed batch is rolled back and its reports come back one per transaction, so that a report that cannot be
 * applied fails, and goes to the dead-letter queue, alone.
 */
final class ExecutionBatches extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionBatches.class);
    /** Bounds one ledger transaction; a consumer with a backlog commits every this many reports. */
    static final int MAX_BATCH = 200;
    private static final long RECEIVE_TIMEOUT_MILLIS = 500;
    private static final long RECONNECT_DELAY_MILLIS = 1_000;

    private final CamelContext camel;
    private final ConnectionFactory connections;
    private final ExecutionHandler handler;
    private final int consumers;
    private volatile boolean running;
    private ExecutorService threads;

    ExecutionBatches(CamelContext camel, ConnectionFactory connections, ExecutionHandler handler, int consumers) {
        this.camel = camel;
        this.connections = connections;
        this.handler = handler;
        this.consumers = consumers;
    }

    @Override
    protected void doStart() {
        running = true;
        threads = camel.getExecutorServiceManager().newFixedThreadPool(this, "fix-executions", consumers);
        for (int i = 0; i < consumers; i++) {
            threads.execute(this::consumeWhileRunning);
        }
    }

    @Override
    protected void doStop() {
        running = false;
        camel.getExecutorServiceManager().shutdownGraceful(threads);
    }

    /** Consumes until stopped, connecting again after the connection to the broker was lost. */
    private void consumeWhileRunning() {
        while (running) {
            try (Connection connection = connections.createConnection()) {
                connection.start();
                consume(connection);
            } catch (JMSException e) {
                if (running) {
                    LOG.error("consuming {} failed: {}; connecting again", Queues.FIX_EXECUTIONS, e.getMessage(), e);
                    pause();
                }
            }
        }
    }

    private void consume(Connection connection) throws JMSException {
        try (Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer consumer = session.createConsumer(session.createQueue(Queues.FIX_EXECUTIONS))) {
            int onePerTransaction = 0;
            while (running) {
                Message first = consumer.receive(RECEIVE_TIMEOUT_MILLIS);
                if (first == null) {
                    continue;
                }
                List<Message> batch = new ArrayList<>(List.of(first));
                Message next;
                while (onePerTransaction == 0 && batch.size() < MAX_BATCH
                        && (next = consumer.receiveNoWait()) != null) {
                    batch.add(next);
                }
                try {
                    handler.handleAll(read(batch));
                    session.commit();
                    onePerTransaction = Math.max(0, onePerTransaction - 1);
                } catch (RuntimeException e) {
                    LOG.error("{} execution report(s) not applied, to be delivered again one at a time: {}",
                            batch.size(), e.getMessage(), e);
                    session.rollback();
                    onePerTransaction = Math.max(onePerTransaction, batch.size());
                }
            }
        }
    }

    private static List<InboundExecution> read(List<Message> batch) throws JMSException {
        List<InboundExecution> executions = new ArrayList<>(batch.size());
        for (Message message : batch) {
            if (!(message instanceof TextMessage text)) {
                throw new IllegalArgumentException("not a text message on " + Queues.FIX_EXECUTIONS + ": "
                        + message.getJMSMessageID());
            }
            executions.add(Json.read(text.getText(), InboundExecution.class));
        }
        return executions;
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RECONNECT_DELAY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
