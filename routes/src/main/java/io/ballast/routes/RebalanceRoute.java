package io.ballast.routes;

import io.ballast.routes.CycleMessages.OrdersRelease;
import io.ballast.routes.CycleMessages.PositionsLoaded;
import io.ballast.routes.CycleMessages.RebalanceRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Fans a load out into one rebalance request per household, optimizes them on competing consumers, and releases
 * the trade date's orders once the last household of the batch is proposed.
 */
public class RebalanceRoute extends RouteBuilder {
    private final RebalanceStage stage;
    private final int consumers;

    public RebalanceRoute(RebalanceStage stage, int consumers) {
        this.stage = stage;
        this.consumers = consumers;
    }

    @Override
    public void configure() {
        from(Queues.jms(Queues.POSITIONS_LOADED)).routeId("positions-loaded")
                .process(this::requestsPerHousehold)
                .split(body())
                .to(Queues.jms(Queues.REBALANCE_REQUESTS));

        from(Queues.jms(Queues.REBALANCE_REQUESTS) + "&concurrentConsumers=" + consumers).routeId("rebalance")
                .process(this::rebalance)
                .filter(body().isNotNull())
                .to(Queues.jms(Queues.ORDERS_RELEASE));
    }

    private void requestsPerHousehold(Exchange exchange) {
        PositionsLoaded loaded = Json.read(exchange.getIn().getBody(String.class), PositionsLoaded.class);
        exchange.getIn().setBody(loaded.households().stream()
                .map(household -> Json.write(new RebalanceRequest(loaded.batchId(), household, loaded.tradeDate())))
                .toList());
    }

    private void rebalance(Exchange exchange) {
        RebalanceRequest request = Json.read(exchange.getIn().getBody(String.class), RebalanceRequest.class);
        boolean batchComplete = stage.rebalance(request);
        exchange.getIn().setBody(batchComplete ? Json.write(new OrdersRelease(request.tradeDate())) : null);
    }
}
