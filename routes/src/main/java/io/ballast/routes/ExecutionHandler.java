package io.ballast.routes;

import io.ballast.connectors.fix.FixGateway;
import io.ballast.domain.Allocation;
import io.ballast.domain.ExecutionReport;
import io.ballast.ledger.AppliedExecution;
import io.ballast.ledger.OrderBook;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Applies execution reports to the order book, a batch at a time, and allocates the blocks they finish to accounts and
 * lots (again, after a bust or correction took an allocation back). Stores the rejects seen on the sessions.
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

    /**
     * Applies the reports to the order book in one transaction, with the allocation of the blocks they finish, then
     * acts on each outcome in turn: an unknown order is answered with DontKnowTrade, an order the counterparty never
     * received is sent again, an allocated block is advised to the counterparty. A failure is thrown, for the batch
     * to be delivered again (its applied reports are then recognised by their ExecIDs).
     */
    public void handleAll(List<InboundExecution> executions) {
        List<AppliedExecution> applied = orders.applyAll(executions.stream().map(InboundExecution::report).toList());
        boolean resend = false;
        for (int i = 0; i < applied.size(); i++) {
            resend |= act(executions.get(i), applied.get(i));
        }
        if (resend) {
            dispatcher.sendUnsent();
        }
    }

    /** Acts on one report's outcome; true when its order is to be sent again. */
    private boolean act(InboundExecution inbound, AppliedExecution applied) {
        ExecutionReport report = inbound.report();
        MDC.put("clOrdId", report.clOrdId().value());
        try {
            switch (applied.outcome().result()) {
                case UNKNOWN_ORDER -> {
                    LOG.warn("execution {} for unknown order {}: answering DontKnowTrade", report.execId(),
                            report.clOrdId());
                    gateway.dontKnowTrade(inbound.session(), report, "unknown order");
                }
                case DUPLICATE -> LOG.info("execution {} seen before; ignored", report.execId());
                case REFUSED -> LOG.error("execution {} of {} refused by the order book; see its history",
                        report.execId(), report.clOrdId());
                case RESEND -> {
                    return true;
                }
                case APPLIED -> {
                    if (applied.allocated()) {
                        allocated(report, applied.allocations());
                    }
                }
            }
            return false;
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

    private void allocated(ExecutionReport report, List<Allocation> allocations) {
        LOG.info("order {} {}: allocated {} share(s) to {} account(s)", report.clOrdId(), report.status(),
                allocations.stream().map(Allocation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString(),
                allocations.size());
        dispatcher.adviseAllocation(report.clOrdId());
    }
}
