package io.ballast.connectors.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CusipCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"037833100" /* Apple */, "922908769" /* Vanguard Total Stock Market ETF */,
            "594918104" /* Microsoft */, "38259P508" /* Google class A, letter in the base */,
            "921937835" /* Vanguard Total Bond Market ETF */})
    void acceptsRealCusips(String cusip) {
        assertThat(CusipCheck.isValid(cusip)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"037833101", "922908760", "03783310", "0378331000", "o37833100", "03783310X",
            "037833 00"})
    void rejectsWrongCheckDigitsLengthsAndCharacters(String cusip) {
        assertThat(CusipCheck.isValid(cusip)).isFalse();
    }

    @Test
    void computesTheCheckDigitOfABase() {
        assertThat(CusipCheck.checkDigit("03783310")).isZero();
        assertThat(CusipCheck.checkDigit("92290876")).isEqualTo(9);
        assertThat(CusipCheck.checkDigit("0378331")).isEqualTo(-1);
        assertThat(CusipCheck.checkDigit("0378331!")).isEqualTo(-1);
    }
}
