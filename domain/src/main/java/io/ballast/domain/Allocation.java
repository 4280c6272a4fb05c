package io.ballast.domain;

import java.math.BigDecimal;

/**
 * The shares of a block order's fills given to one account, at the block's average price.
 *
 * @param commission the account's pro-rata share of the block's commission, in dollars
 */
public record Allocation(ClOrdId block, AccountId account, SecurityId security, Side side, BigDecimal quantity,
        BigDecimal averagePrice, BigDecimal commission) {
    public Allocation {
        Require.present(block, "block order");
        Require.present(account, "account of allocation");
        Require.present(security, "security of allocation");
        Require.present(side, "side of allocation");
        Require.positive(quantity, "quantity allocated to " + account);
        Require.positive(averagePrice, "average price allocated to " + account);
        Require.nonNegative(commission, "commission allocated to " + account);
    }
}
