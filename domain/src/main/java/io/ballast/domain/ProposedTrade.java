package io.ballast.domain;

import java.math.BigDecimal;
import java.util.List;

/** One account's trade in a proposal. A sale names the lots it relieves; their quantities sum to the trade's. */
public record ProposedTrade(AccountId account, SecurityId security, Side side, BigDecimal quantity,
        List<LotPick> lots) {
    public ProposedTrade {
        Require.present(account, "account of trade");
        Require.present(security, "security of trade");
        Require.present(side, "side of trade");
        Require.positive(quantity, "quantity of trade in " + security);
        lots = List.copyOf(lots);
        if (side == Side.BUY && !lots.isEmpty()) {
            throw new IllegalArgumentException("a buy of " + security + " cannot relieve lots");
        }
        if (side == Side.SELL) {
            BigDecimal picked = lots.stream().map(LotPick::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (picked.compareTo(quantity) != 0) {
                throw new IllegalArgumentException("sale of " + quantity.toPlainString() + " " + security + " in "
                        + account + " picks " + picked.toPlainString() + " shares from its lots");
            }
        }
    }
}
