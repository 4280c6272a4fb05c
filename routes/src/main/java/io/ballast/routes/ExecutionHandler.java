package io.ballast.routes;

import io.ballast.connectors.fix.FixGateway;
import io.ballast.domain.Allocation;
import io.ballast.domain.ExecutionReport;
import io.ballast.ledger.ExecutionOutcome;
import io.ballast.ledger.OrderBook;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Applies one execution report to the order book and, once a block is done, allocates it to accounts and lots (again,
 * after a bust or correction took its allocation back). Stores the rejects seen on the sessions.
 */
public class ExecutionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionHandler.class);

    private final OrderBook orders;
    private final FixGateway gateway;
    private final OrderDispatcher dispatcher;

    public ExecutionHandler(OrderBook orders, FixGateway gateway, OrderDispatcher dispatcher) {
        this.orders = orders;
        this.gateway = gateway;
        this.dispatcher = dispatcher;
    }

    public void handle(String session, ExecutionReport report) {
        MDC.put("clOrdId", report.clOrdId().value());
        try {
            ExecutionOutcome outcome = orders.apply(report);
            switch (outcome.result()) {
                case UNKNOWN_ORDER -> {
                    LOG.warn("execution {} for unknown order {}: answering DontKnowTrade", report.execId(),
                            report.clOrdId());
                    gateway.dontKnowTrade(session, report, "unknown order");
                }
                case DUPLICATE -> LOG.info("execution {} seen before; ignored", report.execId());
                case REFUSED -> LOG.error("execution {} of {} refused by the order book; see its history",
                        report.execId(), report.clOrdId());
                case RESEND -> dispatcher.sendUnsent();
                case APPLIED -> {
                    if (outcome.terminal()) {
                        allocate(report);
                    }
                }
            }
        } finally {
            MDC.remove("clOrdId");
        }
    }

    public void reject(InboundReject reject) {
        boolean ofOrder = orders.recordReject(reject.session(), reject.kind(), reject.direction(),
                reject.refSeqNum(), reject.clOrdId(), reject.text());
        LOG.info("stored {} {} reject on {}{}", reject.direction(), reject.kind(), reject.session(),
                ofOrder ? " in the history of " + reject.clOrdId() : "");
    }

    private void allocate(ExecutionReport report) {
        List<Allocation> allocations = orders.allocate(report.clOrdId());
        LOG.info("order {} {}: allocated {} share(s) to {} account(s)", report.clOrdId(), report.status(),
                allocations.stream().map(Allocation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString(),
                allocations.size());
        dispatcher.adviseAllocation(report.clOrdId());
    }
}
