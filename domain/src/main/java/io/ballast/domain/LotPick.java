package io.ballast.domain;

import java.math.BigDecimal;

/** Shares of one lot that a sale relieves (specific identification). */
public record LotPick(LotId lot, BigDecimal quantity) {
    public LotPick {
        Require.present(lot, "lot");
        Require.positive(quantity, "quantity picked from lot " + lot);
    }
}
