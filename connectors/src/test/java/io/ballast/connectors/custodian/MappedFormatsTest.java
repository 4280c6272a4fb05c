package io.ballast.connectors.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.AccountType;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import io.ballast.domain.SecurityId;
import io.ballast.domain.SecurityIdentifier;
import io.ballast.domain.SecurityMaster;
import io.ballast.domain.TransactionType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappedFormatsTest {
    private final CustodianFormats formats = CustodianFormats.standard();
    private final List<SecurityIdentifier> queued = new ArrayList<>();
    private final SecurityMaster master = new SecurityMaster() {
        @Override
        public Optional<SecurityId> resolve(SecurityIdentifier identifier) {
            return Optional.empty();
        }

        @Override
        public void queueForReview(SecurityIdentifier identifier, String file, long line, String description) {
            queued.add(identifier);
        }
    };
    private final ParseContext context = new ParseContext(master, id -> Optional.empty(),
            ParseContext.LotMismatch.BREAK);

    private ParseResult<CustodianSnapshot> parse(String format, Map<String, byte[]> members) {
        return formats.get(format).parse("set.zip", new ByteArrayInputStream(Deliveries.zip(members)), context);
    }

    @Test
    void theSchwabStyleSetReadsWhole() {
        ParseResult<CustodianSnapshot> result = parse("schwab-csv", Deliveries.members("schwab-csv"));

        assertThat(result.failures()).isEmpty();
        CustodianSnapshot book = result.value();
        assertThat(book.custodian()).isEqualTo("Schwab");
        assertThat(book.asOf()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(book.accounts()).hasSize(3);
        assertThat(book.accounts().get(1).type()).isEqualTo(AccountType.TRADITIONAL_IRA);
        assertThat(book.securities()).extracting(s -> s.id().value()).containsExactly("AAPL", "VTI", "BND", "VXUS");
        assertThat(book.securities().get(0).isin()).isEqualTo("US0378331005");
        assertThat(book.lots()).hasSize(5);
        assertThat(book.lots().get(0).costBasis()).isEqualByComparingTo("15000.00");
        assertThat(book.cash()).extracting(c -> c.amount()).containsExactly(new BigDecimal("12520.33"),
                new BigDecimal("-12.50"), new BigDecimal("0.00"));
        assertThat(book.transactions()).extracting(t -> t.type()).containsExactly(TransactionType.DIVIDEND,
                TransactionType.BUY, TransactionType.DEPOSIT);
        assertThat(book.rowCount()).isEqualTo(3 + 4 + 5 + 3 + 4 + 3);
    }

    @Test
    void theFidelityStyleSetReadsWhole() {
        ParseResult<CustodianSnapshot> result = parse("fidelity-psv", Deliveries.members("fidelity-psv"));

        assertThat(result.failures()).isEmpty();
        assertThat(result.value().accounts()).hasSize(3);
        assertThat(result.value().securities()).hasSize(4);
        assertThat(result.value().lots()).hasSize(5);
        assertThat(result.value().lots().get(0).costBasis()).isEqualByComparingTo("6930.50");
        assertThat(result.value().prices()).hasSize(4);
        assertThat(result.value().transactions()).hasSize(3);
    }

    @Test
    void thePershingStyleFixedWidthSetReadsWhole() {
        ParseResult<CustodianSnapshot> result = parse("pershing-fixed", Deliveries.members("pershing-fixed"));

        assertThat(result.failures()).isEmpty();
        assertThat(result.value().accounts()).hasSize(3);
        assertThat(result.value().lots()).hasSize(6);
        assertThat(result.value().lots().get(0).security()).isEqualTo(SecurityId.of("AAPL"));
        assertThat(result.value().lots().get(0).quantity()).isEqualByComparingTo("70");
        assertThat(result.value().cash().get(2).amount()).isEqualByComparingTo("-25.40");
        assertThat(result.value().prices().get(0).price()).isEqualByComparingTo("213.49");
    }

    @Test
    void aBadDateNamesMemberLineFieldAndValue() {
        assertOnlyFailure(parse("schwab-csv", Deliveries.edited("schwab-csv", "LOT_20261124.CSV",
                text -> text.replace("04/01/2021", "04/31/2021"))),
                "set.zip!LOT_20261124.CSV:3 [acquired]: '04/31/2021' is not a date (MM/dd/yyyy)");
    }

    @Test
    void aWrongColumnCountIsNamed() {
        assertOnlyFailure(parse("schwab-csv", Deliveries.edited("schwab-csv", "PRC_20261124.CSV",
                text -> text.replace("D,BND,72.85", "D,BND,72.85,USD"))),
                "set.zip!PRC_20261124.CSV:5: a 'D' record has 3 columns, this one has 4");
    }

    @Test
    void aBadCheckDigitIsNamed() {
        List<ParseFailure> failures = parse("schwab-csv", Deliveries.edited("schwab-csv", "SEC_20261124.CSV",
                text -> text.replace("922908769", "922908761"))).failures();

        assertThat(failures).extracting(Object::toString).contains("set.zip!SEC_20261124.CSV:4 [cusip]: '922908761'"
                + " is not a valid CUSIP (nine characters with a correct check digit)");
    }

    @Test
    void aTruncatedMemberIsRefused() {
        List<ParseFailure> failures = parse("schwab-csv", Deliveries.edited("schwab-csv", "LOT_20261124.CSV",
                text -> text.substring(0, text.indexOf("D,81234568")))).failures();

        assertThat(failures).extracting(Object::toString).contains("set.zip!LOT_20261124.CSV:0 [record type]: file"
                + " has no trailer record (T): the file is truncated");
    }

    @Test
    void aTrailerCountThatDoesNotMatchIsRefused() {
        assertThat(parse("fidelity-psv", Deliveries.edited("fidelity-psv", "fi_lots_20261124.txt",
                text -> text.replace("TRL|5", "TRL|6"))).failures()).extracting(Object::toString)
                .containsExactly("set.zip!fi_lots_20261124.txt:0 [count]: file trailer counts 6 records but the file"
                        + " has 5: the file is truncated or altered");
    }

    @Test
    void aDuplicateRowIsNamedWithTheLineItRepeats() {
        List<ParseFailure> failures = parse("fidelity-psv", Deliveries.edited("fidelity-psv", "fi_trans_20261124.txt",
                text -> text.replace("TRL|3", "DTL|Z98765432|FT8830003|CD|20261124||||7000.00\nTRL|4"))).failures();

        assertThat(failures).extracting(Object::toString).containsExactly(
                "set.zip!fi_trans_20261124.txt:5: duplicate record: repeats line 4");
    }

    @Test
    void aNegativeLotIsRefusedAndItsPositionNoLongerAddsUp() {
        List<ParseFailure> failures = parse("pershing-fixed", Deliveries.edited("pershing-fixed",
                "PSHLOTS20261124.DAT", text -> text.replace("20200115+000000007000000", "20200115-000000007000000")))
                .failures();

        assertThat(failures).extracting(Object::toString).contains(
                "set.zip!PSHLOTS20261124.DAT:2 [quantity]: a tax lot must hold a positive quantity, was -70.00000",
                "set.zip!PSHPOSN20261124.DAT:2 [quantity]: lots of account \u20260101 in AAPL add up to 50.00000,"
                        + " the position is 120.00000");
    }

    @Test
    void aWrongEncodingIsRefused() {
        Map<String, byte[]> members = Deliveries.members("schwab-csv");
        byte[] accounts = members.get("ACCT_20261124.CSV");
        byte[] latin1 = new String(accounts, StandardCharsets.UTF_8).replace("Miller Joint", "M\u00fcller Joint")
                .getBytes(StandardCharsets.ISO_8859_1);
        members.put("ACCT_20261124.CSV", latin1);

        assertThat(parse("schwab-csv", members).failures()).extracting(Object::toString)
                .anyMatch(f -> f.startsWith("set.zip!ACCT_20261124.CSV:0: file holds bytes that are not valid UTF-8"));
    }

    @Test
    void aMissingMemberIsRefused() {
        Map<String, byte[]> members = Deliveries.members("schwab-csv");
        members.remove("PRC_20261124.CSV");

        assertThat(parse("schwab-csv", members).failures()).extracting(Object::toString)
                .contains("set.zip:0: the schwab-csv set has no prices file (a name matching PRC_\\d{8}\\.CSV)");
    }

    @Test
    void anUnknownSecurityIsQueuedForReview() {
        ParseResult<CustodianSnapshot> result = parse("schwab-csv", Deliveries.edited("schwab-csv",
                "TRN_20261124.CSV", text -> text.replace(",AAPL,,37.50", ",QQQ,,37.50")));

        assertThat(result.failures()).extracting(Object::toString).containsExactly("set.zip!TRN_20261124.CSV:3"
                + " [symbol]: unknown security TICKER QQQ: neither this set nor the security master knows it; queued"
                + " for review");
        assertThat(queued).containsExactly(new SecurityIdentifier(SecurityIdentifier.Scheme.TICKER, "QQQ"));
    }

    @Test
    void lotsThatDoNotAddUpOnlyWarnUnderTheWarnPolicy() {
        Map<String, byte[]> members = Deliveries.edited("schwab-csv", "POS_20261124.CSV",
                text -> text.replace("D,81234567,AAPL,037833100,150", "D,81234567,AAPL,037833100,151"));

        ParseResult<CustodianSnapshot> broken = parse("schwab-csv", members);
        ParseResult<CustodianSnapshot> warned = formats.get("schwab-csv").parse("set.zip",
                new ByteArrayInputStream(Deliveries.zip(members)), new ParseContext(master, id -> Optional.empty(),
                        ParseContext.LotMismatch.WARN));

        assertThat(broken.failures()).extracting(Object::toString).containsExactly("set.zip!POS_20261124.CSV:3"
                + " [quantity]: lots of account \u20264567 in AAPL add up to 150, the position is 151");
        assertThat(warned.failures()).isEmpty();
        assertThat(warned.value().lots()).hasSize(5);
    }

    /** The failure comes first; what follows from the row left out (a position no longer adding up) may follow. */
    private static void assertOnlyFailure(ParseResult<CustodianSnapshot> result, String expected) {
        assertThat(result.failures()).extracting(Object::toString).contains(expected)
                .allMatch(f -> f.equals(expected) || f.contains("add up to") || f.contains("no price"));
    }
}
