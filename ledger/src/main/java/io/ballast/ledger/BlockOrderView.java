package io.ballast.ledger;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.math.BigDecimal;

/** One line of the order blotter: a block order and where it stands. */
public record BlockOrderView(ClOrdId clOrdId, SecurityId security, Side side, BigDecimal quantity, BigDecimal cumQty,
        BigDecimal avgPx, OrderStatus status, boolean allocated) {
}
