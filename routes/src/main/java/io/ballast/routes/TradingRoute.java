package io.ballast.routes;

import io.ballast.routes.CycleMessages.OrdersRelease;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;

/**
 * Releases block orders to the FIX session, asks after the orders in doubt on logon, and processes the execution
 * reports that come back, and the rejects, which are stored. Execution reports are applied in batches by several
 * consumers ({@link ExecutionBatches}): the broker hands all reports of one order to one consumer at a time, in
 * arrival order (their message group, see {@link FixEventsToBroker}), so fills of one order are applied in sequence
 * and different orders in parallel.
 */
public class TradingRoute extends RouteBuilder {
    /** Consumers of execution reports, each applying a batch of them in one transaction. */
    static final int EXECUTION_CONSUMERS = 2;

    private final OrderDispatcher dispatcher;
    private final ExecutionHandler executions;

    public TradingRoute(OrderDispatcher dispatcher, ExecutionHandler executions) {
        this.dispatcher = dispatcher;
        this.executions = executions;
    }

    @Override
    public void configure() throws Exception {
        from(Queues.jms(Queues.ORDERS_RELEASE)).routeId("orders-release")
                .process(exchange -> dispatcher.release(
                        Json.read(exchange.getIn().getBody(String.class), OrdersRelease.class).tradeDate()));

        from(Queues.jms(Queues.ORDERS_RESEND)).routeId("orders-resend")
                .process(exchange -> dispatcher.onLogon());

        from(Queues.jms(Queues.FIX_ALLOCATION_ACKS)).routeId("fix-allocation-acks")
                .process(exchange -> dispatcher.allocationAnswered(Json.read(exchange.getIn().getBody(String.class),
                        InboundAllocationAck.class)));

        from(Queues.jms(Queues.FIX_REJECTS)).routeId("fix-rejects")
                .process(exchange -> executions.reject(Json.read(exchange.getIn().getBody(String.class),
                        InboundReject.class)));

        getContext().addService(new ExecutionBatches(getContext(), getContext().getComponent("jms",
                JmsComponent.class).getConfiguration().getOrCreateListenerConnectionFactory(), executions,
                EXECUTION_CONSUMERS));
    }
}
