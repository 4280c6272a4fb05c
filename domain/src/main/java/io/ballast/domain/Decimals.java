package io.ballast.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The precision the book keeps: cents for money, up to six decimals for prices and quantities. */
public final class Decimals {
    /** For divisions that produce a price or a ratio. */
    public static final MathContext PRICE = new MathContext(20, RoundingMode.HALF_EVEN);
    public static final int MONEY_SCALE = 2;
    public static final int QUANTITY_SCALE = 6;

    private Decimals() {
    }

    public static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal quantity(BigDecimal amount) {
        return amount.setScale(QUANTITY_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
