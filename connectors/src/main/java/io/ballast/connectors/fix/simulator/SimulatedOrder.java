package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import quickfix.field.OrdStatus;
import quickfix.field.Side;

/** An order the simulator works: what it asked for and what has filled. */
final class SimulatedOrder {
    private static final int AVERAGE_PRICE_SCALE = 6;

    /** The ClOrdID the order arrived with; its OrderID and ExecIDs derive from it. */
    final String clOrdId;
    final String orderId;
    final String symbol;
    final char side;
    BigDecimal quantity;
    /** Null for a market order. */
    BigDecimal limitPrice;
    /** The ClOrdID it works under: the original, or that of the last replace. */
    String workingClOrdId;
    /** Counts replaces: executions planned before the latest replace are dropped. */
    int generation;
    private BigDecimal cumulative = BigDecimal.ZERO;
    private BigDecimal notional = BigDecimal.ZERO;
    /** The OrdStatus it was closed with (canceled, rejected), or 0 while it works. */
    private char closedStatus;
    private int executions;
    /** The latest fill, while it can still be busted or corrected. */
    private Trade lastTrade;

    /** One fill as reported: its ExecID, quantity and price. */
    record Trade(String execId, BigDecimal quantity, BigDecimal price) {
    }

    SimulatedOrder(String clOrdId, String symbol, char side, BigDecimal quantity, BigDecimal limitPrice) {
        this.clOrdId = clOrdId;
        this.workingClOrdId = clOrdId;
        this.orderId = "SIM-" + clOrdId;
        this.symbol = symbol;
        this.side = side;
        this.quantity = quantity;
        this.limitPrice = limitPrice;
    }

    /** Records a fill under a new ExecID. */
    Trade fill(BigDecimal lastQuantity, BigDecimal lastPrice) {
        String execId = nextExecId();
        cumulative = cumulative.add(lastQuantity);
        notional = notional.add(lastQuantity.multiply(lastPrice));
        lastTrade = new Trade(execId, lastQuantity, lastPrice);
        return lastTrade;
    }

    /** Takes the latest fill back out of the cumulative figures; returns it. */
    Trade bustLastTrade() {
        Trade busted = requireLastTrade();
        cumulative = cumulative.subtract(busted.quantity());
        notional = notional.subtract(busted.quantity().multiply(busted.price()));
        lastTrade = null;
        return busted;
    }

    /** Reprices the latest fill; returns it as corrected. */
    Trade correctLastTrade(BigDecimal price) {
        Trade original = requireLastTrade();
        notional = notional.add(original.quantity().multiply(price.subtract(original.price())));
        lastTrade = new Trade(original.execId(), original.quantity(), price);
        return lastTrade;
    }

    /** Works on under a new ClOrdID, quantity and limit; what is planned for it before is dropped. */
    void replace(String newClOrdId, BigDecimal newQuantity, BigDecimal newLimitPrice) {
        workingClOrdId = newClOrdId;
        quantity = newQuantity;
        limitPrice = newLimitPrice;
        generation++;
    }

    /** Canceled or rejected: nothing more fills. */
    void close(char ordStatus) {
        closedStatus = ordStatus;
    }

    /** The FIX OrdStatus. */
    char status() {
        if (closedStatus != 0) {
            return closedStatus;
        }
        if (cumulative.signum() == 0) {
            return OrdStatus.NEW;
        }
        return leaves().signum() == 0 ? OrdStatus.FILLED : OrdStatus.PARTIALLY_FILLED;
    }

    /** ExecIDs derive from the ClOrdID, which the client keeps unique forever, so they are unique across restarts. */
    String nextExecId() {
        executions++;
        return clOrdId + "-" + executions;
    }

    /** Canceled or rejected, as opposed to filled, which a bust can undo. */
    boolean isClosed() {
        return closedStatus != 0;
    }

    boolean isDone() {
        return closedStatus != 0 || leaves().signum() == 0;
    }

    BigDecimal cumulative() {
        return cumulative;
    }

    BigDecimal leaves() {
        return closedStatus != 0 ? BigDecimal.ZERO : quantity.subtract(cumulative);
    }

    BigDecimal averagePrice() {
        return cumulative.signum() == 0 ? BigDecimal.ZERO
                : notional.divide(cumulative, AVERAGE_PRICE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** Whether its latest fill can still be busted or corrected. */
    boolean hasTrade() {
        return lastTrade != null;
    }

    private Trade requireLastTrade() {
        if (lastTrade == null) {
            throw new IllegalStateException("order " + clOrdId + " has no fill to bust or correct");
        }
        return lastTrade;
    }

    /** A limit order fills only at its limit or better. */
    boolean acceptsPrice(BigDecimal price) {
        if (limitPrice == null) {
            return true;
        }
        return side == Side.BUY ? price.compareTo(limitPrice) <= 0 : price.compareTo(limitPrice) >= 0;
    }
}
