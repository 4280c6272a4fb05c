package io.ballast.domain;

import java.math.BigDecimal;

/** One order to the street for the sum of several accounts' trades in one security and side. */
public record BlockOrder(ClOrdId clOrdId, SecurityId security, Side side, BigDecimal quantity, OrderType type,
        BigDecimal limitPrice) {
    public BlockOrder {
        Require.present(clOrdId, "ClOrdID");
        Require.present(security, "security of order " + clOrdId);
        Require.present(side, "side of order " + clOrdId);
        Require.positive(quantity, "quantity of order " + clOrdId);
        Require.present(type, "type of order " + clOrdId);
        if (type == OrderType.LIMIT) {
            Require.positive(limitPrice, "limit price of order " + clOrdId);
        } else if (limitPrice != null) {
            throw new IllegalArgumentException("market order " + clOrdId + " cannot have a limit price");
        }
    }
}
