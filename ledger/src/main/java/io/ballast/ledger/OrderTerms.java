package io.ballast.ledger;

import io.ballast.domain.OrderType;
import io.ballast.domain.Require;
import io.ballast.domain.TimeInForce;
import java.math.BigDecimal;

/**
 * How a session's block orders are priced and how long they work. A limit order's price is the security's latest
 * price moved {@code limitOffsetBps} against the order (up for a buy, down for a sale), so it stays marketable.
 */
public record OrderTerms(OrderType type, TimeInForce timeInForce, BigDecimal limitOffsetBps) {
    public static final OrderTerms MARKET_DAY = new OrderTerms(OrderType.MARKET, TimeInForce.DAY, BigDecimal.ZERO);

    public OrderTerms {
        Require.present(type, "order type");
        Require.present(timeInForce, "time in force");
        Require.nonNegative(limitOffsetBps, "limit offset");
    }
}
