package io.ballast.agent.ops;

import io.ballast.ledger.TradeBlotter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A trade date's block orders with their fills, average price and status, and where they were read. */
public record BlotterView(LocalDate date, String source, List<Order> orders) {
    public BlotterView {
        orders = List.copyOf(orders);
    }

    /** A block order; {@code commission} is the sum over its live fills, in dollars. */
    public record Order(String clOrdId, String security, String side, BigDecimal quantity, BigDecimal cumQty,
            BigDecimal avgPx, BigDecimal commission, String status, boolean allocated, List<Fill> executions) {
    }

    /** An execution report; {@code commission} is what it charged, in dollars. */
    public record Fill(String execId, String execType, String ordStatus, BigDecimal lastQty, BigDecimal lastPx,
            BigDecimal cumQty, BigDecimal avgPx, BigDecimal commission, String text, Instant transactTime) {
    }

    static BlotterView of(LocalDate date, String source, List<TradeBlotter.Line> lines) {
        return new BlotterView(date, source, lines.stream().map(line -> new Order(line.order().clOrdId().value(),
                line.order().security().value(), line.order().side().name(), line.order().quantity(),
                line.order().cumQty(), line.order().avgPx(), line.order().commission(), line.order().status().name(),
                line.order().allocated(), line.executions().stream().map(e -> new Fill(e.execId(), e.execType(),
                        e.ordStatus(), e.lastQty(), e.lastPx(), e.cumQty(), e.avgPx(), e.commission(), e.text(),
                        e.transactTime())).toList())).toList());
    }
}
