package io.ballast.domain;

import java.math.BigDecimal;

/** One order to the street for the sum of several accounts' trades in one security and side. */
public record BlockOrder(ClOrdId clOrdId, SecurityId security, Side side, BigDecimal quantity, OrderType type,
        BigDecimal limitPrice, TimeInForce timeInForce) {
    public BlockOrder {
        Require.present(clOrdId, "ClOrdID");
        Require.present(security, "security of order " + clOrdId);
        Require.present(side, "side of order " + clOrdId);
        Require.positive(quantity, "quantity of order " + clOrdId);
        Require.present(type, "type of order " + clOrdId);
        Require.present(timeInForce, "time in force of order " + clOrdId);
        if (type == OrderType.LIMIT) {
            Require.positive(limitPrice, "limit price of order " + clOrdId);
        } else if (limitPrice != null) {
            throw new IllegalArgumentException("market order " + clOrdId + " cannot have a limit price");
        }
    }

    /** The order under a new ClOrdID with a new quantity and limit: what a cancel/replace request asks for. */
    public BlockOrder replacedBy(ClOrdId newClOrdId, BigDecimal newQuantity, BigDecimal newLimitPrice) {
        return new BlockOrder(newClOrdId, security, side, newQuantity, newLimitPrice == null ? type : OrderType.LIMIT,
                newLimitPrice == null ? limitPrice : newLimitPrice, timeInForce);
    }
}
