package io.ballast.ledger;

import io.ballast.domain.Require;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An allocation the ledger has booked that had not settled by the custodian's as-of date, so a custodian that books
 * on settlement does not show it yet.
 *
 * @param amount what the shares cost or brought, in dollars, net of the commission
 */
public record UnsettledTrade(SecurityId security, Side side, BigDecimal quantity, BigDecimal amount,
        LocalDate tradeDate, LocalDate settlementDate) {
    public UnsettledTrade {
        Require.present(security, "security of unsettled trade");
        Require.present(side, "side of unsettled trade");
        Require.positive(quantity, "quantity of unsettled trade");
        Require.nonNegative(amount, "amount of unsettled trade");
        Require.present(tradeDate, "trade date of unsettled trade");
        Require.present(settlementDate, "settlement date of unsettled trade");
    }

    /** The shares the trade adds to the ledger's position: positive for a buy, negative for a sale. */
    BigDecimal sharesBooked() {
        return side == Side.BUY ? quantity : quantity.negate();
    }

    /** The cash the trade adds to the ledger's balance: negative for a buy, positive for a sale. */
    BigDecimal cashBooked() {
        return side == Side.BUY ? amount.negate() : amount;
    }

    String describe() {
        return side + " " + Numbers.plain(quantity).toPlainString() + " " + security + " traded " + tradeDate
                + ", settles " + settlementDate;
    }
}
