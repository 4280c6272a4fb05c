package io.ballast.connectors.custodian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.connectors.custodian.mapping.FormatMapping;
import io.ballast.domain.SecurityIdentifier.Scheme;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentifiersAndMappingTest {
    @Test
    void isinCheckDigitsAreVerified() {
        assertThat(IsinCheck.isValid("US0378331005")).isTrue();
        assertThat(IsinCheck.isValid("GB0002634946")).isTrue();
        assertThat(IsinCheck.isValid("US0378331006")).isFalse();
        assertThat(IsinCheck.isValid("us0378331005")).isFalse();
        assertThat(IsinCheck.isValid("US037833100")).isFalse();
    }

    @Test
    void everySchemeSaysWhatIsWrong() {
        assertThat(SecurityIdentifiers.problem(Scheme.CUSIP, "037833100")).isNull();
        assertThat(SecurityIdentifiers.problem(Scheme.TICKER, "BRK.B")).isNull();
        assertThat(SecurityIdentifiers.problem(Scheme.TICKER, "brk b")).contains("is not a ticker");
        assertThat(SecurityIdentifiers.problem(Scheme.ISIN, "US0378331006")).contains("not a valid ISIN");
    }

    @Test
    void aBrokenMappingIsRefusedWithEveryProblem() {
        String yaml = """
                name: broken
                custodian: Somebody
                codeTables:
                  accountType: { X: PENSION }
                files:
                  - kind: lots
                    name: 'LOTS_(\\d{8}\\.csv'
                    layout: delimited
                    recordType: { column: 1 }
                    header: { code: H, fields: {} }
                    trailer: { code: T, fields: { count: { column: 2 } } }
                    records:
                      D:
                        entity: lot
                        fields:
                          account: { column: 2 }
                          shares: { column: 3 }
                """;

        assertThatThrownBy(() -> FormatMapping.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                "broken.yaml")).isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll(
                "format mapping broken.yaml is not valid",
                "codeTables.accountType.X: 'PENSION' is not one of",
                "files.lots.name: not a regular expression",
                "files.lots.delimiter: one character is required",
                "files.lots.header: a header record with an asOf field is required",
                "files.lots.records.D.fields.quantity: required for a lot record",
                "files.lots.records.D.fields.shares: not a field of a lot record",
                "files.lots.records.D.fields: a symbol, cusip or isin field is required");
    }
}
