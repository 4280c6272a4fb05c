package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import quickfix.field.OrdStatus;
import quickfix.field.Side;

/** An order the simulator works: what it asked for and what has filled. */
final class SimulatedOrder {
    private static final int AVERAGE_PRICE_SCALE = 6;

    final String clOrdId;
    final String orderId;
    final String symbol;
    final char side;
    final BigDecimal quantity;
    /** Null for a market order. */
    final BigDecimal limitPrice;
    private BigDecimal cumulative = BigDecimal.ZERO;
    private BigDecimal notional = BigDecimal.ZERO;
    /** The OrdStatus it was closed with (canceled, rejected), or 0 while it works. */
    private char closedStatus;
    private int executions;

    SimulatedOrder(String clOrdId, String symbol, char side, BigDecimal quantity, BigDecimal limitPrice) {
        this.clOrdId = clOrdId;
        this.orderId = "SIM-" + clOrdId;
        this.symbol = symbol;
        this.side = side;
        this.quantity = quantity;
        this.limitPrice = limitPrice;
    }

    void fill(BigDecimal lastQuantity, BigDecimal lastPrice) {
        cumulative = cumulative.add(lastQuantity);
        notional = notional.add(lastQuantity.multiply(lastPrice));
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

    /** A limit order fills only at its limit or better. */
    boolean acceptsPrice(BigDecimal price) {
        if (limitPrice == null) {
            return true;
        }
        return side == Side.BUY ? price.compareTo(limitPrice) <= 0 : price.compareTo(limitPrice) >= 0;
    }
}
