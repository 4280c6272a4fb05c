package io.ballast.ledger;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.math.BigDecimal;

/** One line of the order blotter: a block order and where it stands, with the commission of its live fills. */
public record BlockOrderView(ClOrdId clOrdId, SecurityId security, Side side, BigDecimal quantity, BigDecimal cumQty,
        BigDecimal avgPx, BigDecimal commission, OrderStatus status, boolean allocated) {
}
