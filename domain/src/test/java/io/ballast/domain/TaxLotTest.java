package io.ballast.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaxLotTest {
    private static TaxLot boughtOn(String date) {
        return new TaxLot(LotId.of("L1"), AccountId.of("12345678"), SecurityId.of("VTI"), new BigDecimal("10"),
                new BigDecimal("2500.00"), LocalDate.parse(date));
    }

    @Test
    void isLongTermOnlyWhenHeldMoreThanOneYear() {
        TaxLot lot = boughtOn("2025-03-10");
        // the holding period starts the day after acquisition: one year is reached on 2026-03-10
        assertThat(lot.term(LocalDate.parse("2026-03-10"))).isEqualTo(HoldingTerm.SHORT);
        assertThat(lot.term(LocalDate.parse("2026-03-11"))).isEqualTo(HoldingTerm.LONG);
    }

    @Test
    void refusesAnEmptyLotNamingIt() {
        assertThatThrownBy(() -> new TaxLot(LotId.of("L9"), AccountId.of("1"), SecurityId.of("VTI"), BigDecimal.ZERO,
                BigDecimal.ONE, LocalDate.parse("2025-01-01"))).hasMessage("quantity of lot L9 must be positive, was 0");
    }

    @Test
    void basisPerShareKeepsThePrecisionOfThePrice() {
        assertThat(boughtOn("2025-01-02").basisPerShare()).isEqualByComparingTo("250");
    }

    @Test
    void theBasisOfPartOfALotIsProRataToTheCent() {
        TaxLot lot = new TaxLot(LotId.of("L1"), AccountId.of("1"), SecurityId.of("VTI"), new BigDecimal("3"),
                new BigDecimal("100.00"), LocalDate.parse("2025-01-02"));
        assertThat(lot.basisOf(BigDecimal.ONE)).isEqualByComparingTo("33.33");
        assertThat(lot.basisOf(new BigDecimal("3"))).isEqualByComparingTo("100.00");
    }

    @Test
    void accountNumbersAreMaskedForLogs() {
        assertThat(AccountId.of("12345678").masked()).isEqualTo("…5678");
        assertThat(AccountId.of("12").masked()).isEqualTo("…12");
    }
}
