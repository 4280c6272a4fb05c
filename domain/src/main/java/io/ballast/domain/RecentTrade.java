package io.ballast.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A trade the household made lately, for the wash-sale windows. {@code realizedGain} is the gain (negative for a
 * loss) of a sale, and zero for a buy.
 */
public record RecentTrade(AccountId account, SecurityId security, Side side, LocalDate tradeDate, BigDecimal quantity,
        BigDecimal realizedGain) {
    public RecentTrade {
        Require.present(account, "account of recent trade");
        Require.present(security, "security of recent trade");
        Require.present(side, "side of recent trade");
        Require.present(tradeDate, "date of recent trade");
        Require.positive(quantity, "quantity of recent trade");
        Require.present(realizedGain, "realised gain of recent trade");
    }

    public boolean isLossSale() {
        return side == Side.SELL && realizedGain.signum() < 0;
    }
}
