package io.ballast.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A closing price. */
public record Price(SecurityId security, BigDecimal price, LocalDate asOf) {
    public Price {
        Require.present(security, "security of price");
        Require.positive(price, "price of " + security);
        Require.present(asOf, "date of price of " + security);
    }
}
