package io.ballast.ledger;

import io.ballast.domain.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The traders' blotter: a day's block orders with where each stands and the executions that got it there. */
public final class TradeBlotter {
    private final OrderBook orders;
    private final Transactions transactions;

    public TradeBlotter(OrderBook orders, DataSource dataSource) {
        this.orders = orders;
        this.transactions = new Transactions(dataSource);
    }

    /** One block order and its executions, oldest first. */
    public record Line(BlockOrderView order, List<Execution> executions) {
        public Line {
            executions = List.copyOf(executions);
        }
    }

    /** One execution report as the book received it, with the commission it charged in dollars. */
    public record Execution(String execId, String execType, String ordStatus, BigDecimal lastQty, BigDecimal lastPx,
            BigDecimal cumQty, BigDecimal avgPx, BigDecimal commission, String text, Instant transactTime) {
    }

    public List<Line> on(LocalDate tradeDate) {
        Map<String, List<Execution>> executions = transactions.inTransaction("Reading the executions of " + tradeDate,
                sql -> sql.list("SELECT b.clordid AS block, e.exec_id, e.exec_type, e.ord_status, e.last_qty,"
                        + " e.last_px, e.cum_qty, e.avg_px, e.commission, e.text, e.transact_time FROM execution e"
                        + " JOIN block_order b ON b.id = e.block_id WHERE b.trade_date = ? ORDER BY e.id",
                        rs -> Map.entry(rs.getString("block"), new Execution(rs.getString("exec_id"),
                                rs.getString("exec_type"), rs.getString("ord_status"),
                                Numbers.plain(rs.getBigDecimal("last_qty")), Numbers.plain(rs.getBigDecimal("last_px")),
                                Numbers.plain(rs.getBigDecimal("cum_qty")), Numbers.plain(rs.getBigDecimal("avg_px")),
                                Decimals.money(rs.getBigDecimal("commission")), rs.getString("text"),
                                Sql.instant(rs, "transact_time"))),
                        tradeDate))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return orders.blotter(tradeDate).stream()
                .map(order -> new Line(order, executions.getOrDefault(order.clOrdId().value(), List.of()))).toList();
    }
}
