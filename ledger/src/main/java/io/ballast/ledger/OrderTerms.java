package io.ballast.ledger;

import io.ballast.domain.OrderType;
import io.ballast.domain.Require;
import io.ballast.domain.TimeInForce;
import java.math.BigDecimal;

/**
 * How a session's block orders are priced, how long they work and how their allocation is told to the counterparty.
 * A limit order's price is the security's latest price moved {@code limitOffsetBps} against the order (up for a buy,
 * down for a sale), so it stays marketable.
 *
 * @param preAllocate            the order carries its accounts' shares (NoAllocs) when it is sent
 * @param allocationInstructions each allocated block is advised with an AllocationInstruction (35=J)
 */
public record OrderTerms(OrderType type, TimeInForce timeInForce, BigDecimal limitOffsetBps, boolean preAllocate,
        boolean allocationInstructions) {
    public static final OrderTerms MARKET_DAY = new OrderTerms(OrderType.MARKET, TimeInForce.DAY, BigDecimal.ZERO,
            false, false);

    public OrderTerms {
        Require.present(type, "order type");
        Require.present(timeInForce, "time in force");
        Require.nonNegative(limitOffsetBps, "limit offset");
    }
}
