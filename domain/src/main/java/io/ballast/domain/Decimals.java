package io.ballast.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The precision the book keeps: cents for money, twenty significant digits for prices and ratios. */
public final class Decimals {
    /** For divisions that produce a price or a ratio. */
    public static final MathContext PRICE = new MathContext(20, RoundingMode.HALF_EVEN);
    public static final int MONEY_SCALE = 2;

    private Decimals() {
    }

    public static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }
}
