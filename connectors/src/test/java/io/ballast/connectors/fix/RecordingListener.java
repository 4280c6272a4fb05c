package io.ballast.connectors.fix;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A listener as the trading module would be: it records what arrives, answers executions of orders it does not
 * know with a DontKnowTrade, and fails once on chosen orders the way a briefly unavailable database would.
 */
final class RecordingListener implements FixEventListener {
    record Received(String session, ExecutionReport report) {
    }

    record Rejected(String session, FixReject reject) {
    }

    final List<Received> executions = new CopyOnWriteArrayList<>();
    final List<Rejected> rejects = new CopyOnWriteArrayList<>();
    final List<String> sessionEvents = new CopyOnWriteArrayList<>();
    final List<String> allocationAcks = new CopyOnWriteArrayList<>();
    final Set<ClOrdId> unknownOrders = ConcurrentHashMap.newKeySet();
    final Set<ClOrdId> failOnceOrders = ConcurrentHashMap.newKeySet();
    final List<String> failedExecIds = new CopyOnWriteArrayList<>();
    final AtomicReference<FixGateway> gateway = new AtomicReference<>();

    @Override
    public void onExecution(String session, ExecutionReport report) {
        if (report.isFill() && failOnceOrders.remove(report.clOrdId())) {
            failedExecIds.add(report.execId());
            throw new IllegalStateException("ledger unavailable for execution " + report.execId());
        }
        executions.add(new Received(session, report));
        if (unknownOrders.contains(report.clOrdId())) {
            gateway.get().dontKnowTrade(session, report, "no order " + report.clOrdId() + " in the book");
        }
    }

    @Override
    public void onReject(String session, FixReject reject) {
        rejects.add(new Rejected(session, reject));
    }

    @Override
    public void onAllocationAck(String session, String allocId, boolean accepted, String text) {
        allocationAcks.add(allocId + (accepted ? " accepted" : " rejected: " + text));
    }

    @Override
    public void onSessionEvent(String session, String event) {
        sessionEvents.add(session + ":" + event);
    }

    /** The reports that name the ClOrdID, as the order's or as the one a cancel or replace amended. */
    List<ExecutionReport> executionsOf(ClOrdId clOrdId) {
        return executions.stream().map(Received::report).filter(report -> report.clOrdId().equals(clOrdId)
                || clOrdId.equals(report.origClOrdId())).toList();
    }
}
