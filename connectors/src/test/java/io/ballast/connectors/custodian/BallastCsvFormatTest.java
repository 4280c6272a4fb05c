package io.ballast.connectors.custodian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import io.ballast.domain.Price;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class BallastCsvFormatTest {
    private static final String FILE = "northwind-2026-03-13.csv";
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 13);
    private final BallastCsvFormat format = new BallastCsvFormat();

    @Test
    void readsAGoodFileWhole() {
        ParseResult<CustodianSnapshot> result = parse(goodFile());

        assertThat(result.failures()).isEmpty();
        CustodianSnapshot snapshot = result.value();
        assertThat(snapshot.custodian()).isEqualTo("Northwind Custody");
        assertThat(snapshot.asOf()).isEqualTo(AS_OF);
        assertThat(snapshot.accounts()).containsExactly(
                new Account(AccountId.of("NW-1001"), HouseholdId.of("HH-SMITH"), AccountType.TAXABLE,
                        "Northwind Custody"),
                new Account(AccountId.of("NW-1002"), HouseholdId.of("HH-SMITH"), AccountType.TRADITIONAL_IRA,
                        "Northwind Custody"),
                new Account(AccountId.of("NW-2001"), HouseholdId.of("HH-JONES"), AccountType.ROTH_IRA,
                        "Northwind Custody"));
        assertThat(snapshot.securities()).containsExactly(
                new Security(SecurityId.of("AAPL"), "037833100", "Apple Inc., common", "US_EQUITY"),
                new Security(SecurityId.of("VTI"), "922908769", "Vanguard Total Stock Market ETF", "US_EQUITY"),
                new Security(SecurityId.of("BND"), null, "Vanguard Total Bond Market \"BND\" ETF", "US_BOND"));
        assertThat(snapshot.prices()).containsExactly(
                new Price(SecurityId.of("AAPL"), new BigDecimal("213.49"), AS_OF),
                new Price(SecurityId.of("VTI"), new BigDecimal("262.10"), AS_OF),
                new Price(SecurityId.of("BND"), new BigDecimal("72.85"), AS_OF));
        assertThat(snapshot.lots()).containsExactly(
                lot("L-1", "NW-1001", "AAPL", "100", "15000.00", "2021-04-01"),
                lot("L-2", "NW-1001", "VTI", "25.5", "6100.25", "2025-11-20"),
                lot("L-3", "NW-1002", "BND", "300", "21900.00", "2023-01-09"),
                lot("L-4", "NW-2001", "VTI", "10", "2400.00", "2024-06-03"));
        assertThat(snapshot.cash()).containsExactly(
                new CashBalance(AccountId.of("NW-1001"), new BigDecimal("1520.33")),
                new CashBalance(AccountId.of("NW-1002"), new BigDecimal("-12.50")),
                new CashBalance(AccountId.of("NW-2001"), new BigDecimal("0.00")));
    }

    @Test
    void mapsTheExemptAccountTypeAndIgnoresBlankLinesAndCrlf() {
        String file = goodFile().replace("NW-2001,HH-JONES,ROTH", "NW-2001,HH-JONES,EXEMPT").replace("\n", "\r\n")
                .replace("CSH,NW-1001", "\r\nCSH,NW-1001");

        ParseResult<CustodianSnapshot> result = parse(file);

        assertThat(result.failures()).isEmpty();
        assertThat(result.value().accounts().get(2).type()).isEqualTo(AccountType.TAX_EXEMPT);
    }

    @Test
    void badDateDropsOnlyThatLot() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 12,
                "LOT,NW-1001,L-2,VTI,25.5,6100.25,2025-13-20"));

        assertFailures(result, tuple(12L, "acquired"));
        assertThat(result.failures().get(0).reason()).contains("2025-13-20");
        assertThat(lotIds(result)).containsExactly("L-1", "L-3", "L-4");
        assertThat(result.value().accounts()).hasSize(3);
        assertThat(result.value().cash()).hasSize(3);
    }

    @Test
    void badNumberDropsOnlyThatLot() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 12,
                "LOT,NW-1001,L-2,VTI,25.5x,6100.25,2025-11-20"));

        assertFailures(result, tuple(12L, "quantity"));
        assertThat(result.failures().get(0).reason()).contains("'25.5x' is not a decimal number");
        assertThat(lotIds(result)).containsExactly("L-1", "L-3", "L-4");
    }

    @Test
    void wrongColumnCountDropsTheAccountAndEverythingInIt() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 3, "ACC,NW-1002,HH-SMITH"));

        assertFailures(result, tuple(3L, null), tuple(13L, "account id"), tuple(16L, "account id"));
        assertThat(result.failures().get(0).reason()).isEqualTo("ACC needs 4 columns, found 3");
        assertThat(result.value().accounts()).extracting(Account::id)
                .containsExactly(AccountId.of("NW-1001"), AccountId.of("NW-2001"));
        assertThat(lotIds(result)).containsExactly("L-1", "L-2", "L-4");
        assertThat(result.value().cash()).hasSize(2);
    }

    @Test
    void unknownRecordTypeIsReportedAndItsSecurityLacksAPrice() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 8, "PRX,AAPL,213.49"));

        assertFailures(result, tuple(8L, "record type"), tuple(11L, "symbol"));
        assertThat(result.failures().get(0).reason()).isEqualTo("unknown record type 'PRX'");
        assertThat(result.failures().get(1).reason()).isEqualTo("no PRC record for held security AAPL");
        assertThat(result.value().prices()).hasSize(2);
        assertThat(lotIds(result)).containsExactly("L-1", "L-2", "L-3", "L-4");
    }

    @Test
    void wrongCusipCheckDigitDropsTheSecurityAndWhatRefersToIt() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 5,
                "SEC,AAPL,037833101,\"Apple Inc., common\",US_EQUITY"));

        assertFailures(result, tuple(5L, "cusip"), tuple(8L, "symbol"), tuple(11L, "symbol"));
        assertThat(result.failures()).extracting(ParseFailure::reason).containsExactly(
                "'037833101' is not a valid CUSIP (nine characters with a correct check digit)",
                "price for undeclared security AAPL", "lot of undeclared security AAPL");
        assertThat(result.value().securities()).hasSize(2);
    }

    @Test
    void zeroAndNegativeQuantitiesAreRejected() {
        assertFailures(parse(replaceLine(goodFile(), 14, "LOT,NW-2001,L-4,VTI,0,2400.00,2024-06-03")),
                tuple(14L, "quantity"));
        ParseResult<CustodianSnapshot> negative = parse(replaceLine(goodFile(), 14,
                "LOT,NW-2001,L-4,VTI,-10,2400.00,2024-06-03"));
        assertFailures(negative, tuple(14L, "quantity"));
        assertThat(negative.failures().get(0).reason()).isEqualTo("must be positive, was -10");
        assertThat(lotIds(negative)).containsExactly("L-1", "L-2", "L-3");
    }

    @Test
    void duplicateLotIdKeepsTheFirst() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 14,
                "LOT,NW-2001,L-3,VTI,10,2400.00,2024-06-03"));

        assertFailures(result, tuple(14L, "lot id"));
        assertThat(result.value().lots()).extracting(TaxLot::account).containsExactly(AccountId.of("NW-1001"),
                AccountId.of("NW-1001"), AccountId.of("NW-1002"));
    }

    @Test
    void lotInUndeclaredAccountIsRejected() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 14,
                "LOT,NW-9999,L-4,VTI,10,2400.00,2024-06-03"));

        assertFailures(result, tuple(14L, "account id"));
        assertThat(result.failures().get(0).reason()).isEqualTo("lot in undeclared account NW-9999");
    }

    @Test
    void cashInUndeclaredAccountIsRejected() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 17, "CSH,NW-9999,0.00"));

        assertFailures(result, tuple(17L, "account id"));
        assertThat(result.value().cash()).hasSize(2);
    }

    @Test
    void lotOfUndeclaredSecurityIsRejected() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 14,
                "LOT,NW-2001,L-4,XYZ,10,2400.00,2024-06-03"));

        assertFailures(result, tuple(14L, "symbol"));
        assertThat(result.failures().get(0).reason()).isEqualTo("lot of undeclared security XYZ");
    }

    @Test
    void priceOfUndeclaredSecurityIsRejectedAndTheHeldOneLacksAPrice() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 10, "PRC,ZZZ,1.00"));

        assertFailures(result, tuple(10L, "symbol"), tuple(13L, "symbol"));
        assertThat(result.failures()).extracting(ParseFailure::reason)
                .containsExactly("price for undeclared security ZZZ", "no PRC record for held security BND");
    }

    @Test
    void missingPriceOfAHeldSecurityIsReported() {
        String file = removeLine(goodFile(), 10).replace("TRL,16", "TRL,15");

        ParseResult<CustodianSnapshot> result = parse(file);

        assertFailures(result, tuple(12L, "symbol"));
        assertThat(result.failures().get(0).reason()).isEqualTo("no PRC record for held security BND");
    }

    @Test
    void missingHeaderLeavesAnEmptySnapshot() {
        ParseResult<CustodianSnapshot> result = parse(removeLine(goodFile(), 1));

        assertFailures(result, tuple(0L, "record type"));
        assertThat(result.failures().get(0).reason()).isEqualTo("file has no HDR record: it starts with 'ACC' at line 1");
        assertEmpty(result.value());
    }

    @Test
    void badHeaderDateLeavesAnEmptySnapshot() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 1, "HDR,Northwind Custody,13/03/2026"));

        assertFailures(result, tuple(1L, "as-of"));
        assertEmpty(result.value());
    }

    @Test
    void duplicateHeaderIsReportedAndCounted() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 2,
                "HDR,Northwind Custody,2026-03-13\nACC,NW-1001,HH-SMITH,TAXABLE"));

        assertFailures(result, tuple(0L, "record count"), tuple(2L, "record type"));
        assertThat(result.value().accounts()).hasSize(3);
    }

    @Test
    void missingTrailerMeansTruncated() {
        ParseResult<CustodianSnapshot> result = parse(removeLine(goodFile(), 18));

        assertFailures(result, tuple(0L, "record type"));
        assertThat(result.failures().get(0).reason()).isEqualTo("file has no TRL record: the file is truncated");
    }

    @Test
    void trailerCountMismatchMeansTruncatedOrAltered() {
        ParseResult<CustodianSnapshot> result = parse(removeLine(goodFile(), 17));

        assertFailures(result, tuple(0L, "record count"));
        assertThat(result.failures().get(0).reason())
                .isEqualTo("file TRL counts 16 records but the file has 15: the file is truncated or altered");
    }

    @Test
    void fileCutInTheMiddleOfARow() {
        String good = goodFile();
        ParseResult<CustodianSnapshot> result = parse(good.substring(0, good.indexOf("L-2,VTI") + 5));

        assertFailures(result, tuple(0L, "record type"), tuple(12L, null));
        assertThat(lotIds(result)).containsExactly("L-1");
    }

    @Test
    void recordsAfterTheTrailerAreReported() {
        ParseResult<CustodianSnapshot> result = parse(goodFile() + "ACC,NW-3001,HH-LEE,TAXABLE\n");

        assertFailures(result, tuple(19L, "record type"));
        assertThat(result.value().accounts()).hasSize(3);
    }

    @Test
    void unknownAccountTypeDropsTheAccount() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 2, "ACC,NW-1001,HH-SMITH,BROKERAGE"));

        assertFailures(result, tuple(2L, "account type"), tuple(11L, "account id"), tuple(12L, "account id"),
                tuple(15L, "account id"));
    }

    @Test
    void unclosedQuoteSwallowsTheRestOfTheFile() {
        ParseResult<CustodianSnapshot> result = parse(replaceLine(goodFile(), 7,
                "SEC,BND,,\"Vanguard Total Bond Market ETF,US_BOND"));

        assertFailures(result, tuple(0L, "record type"), tuple(7L, null));
        assertThat(result.failures().get(1).reason()).isEqualTo("quoted field not closed before the end of the file");
    }

    @Test
    void notUtf8IsAWholeFileFailure() {
        byte[] bytes = goodFile().replace("Apple Inc.", "Apple Inc\u00e9").getBytes(StandardCharsets.ISO_8859_1);

        ParseResult<CustodianSnapshot> result = format.parse(FILE, new ByteArrayInputStream(bytes));

        assertFailures(result, tuple(0L, null));
        assertThat(result.failures().get(0).reason()).isEqualTo("file is not UTF-8 text");
        assertEmpty(result.value());
    }

    @Test
    void unreadableStreamIsAWholeFileFailure() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        ParseResult<CustodianSnapshot> result = format.parse(FILE, broken);

        assertThat(result.failures()).extracting(ParseFailure::reason)
                .containsExactly("file could not be read: connection reset");
    }

    @Test
    void writesTheLayoutItReads() {
        CustodianSnapshot snapshot = parse(goodFile()).value();
        StringWriter out = new StringWriter();

        format.write(snapshot, out);

        assertThat(out.toString().replace("\r\n", "\n")).isEqualTo(goodFile());
    }

    @Test
    void refusesToWriteWhatTheLayoutCannotExpress() {
        CustodianSnapshot snapshot = parse(goodFile()).value();
        CustodianSnapshot otherCustodian = new CustodianSnapshot("Elsewhere", snapshot.asOf(), snapshot.accounts(),
                snapshot.securities(), snapshot.lots(), snapshot.cash(), snapshot.prices());

        assertThatThrownBy(() -> format.write(otherCustodian, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is held at Northwind Custody");
    }

    static String goodFile() {
        try (InputStream in = BallastCsvFormatTest.class.getResourceAsStream("ballast/good.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ParseResult<CustodianSnapshot> parse(String text) {
        return format.parse(FILE, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertFailures(ParseResult<CustodianSnapshot> result, Tuple... expected) {
        assertThat(result.failures()).extracting(ParseFailure::line, ParseFailure::field).containsExactly(expected);
        assertThat(result.failures()).extracting(ParseFailure::file).containsOnly(FILE);
    }

    private static void assertEmpty(CustodianSnapshot snapshot) {
        assertThat(snapshot.accounts()).isEmpty();
        assertThat(snapshot.securities()).isEmpty();
        assertThat(snapshot.lots()).isEmpty();
        assertThat(snapshot.cash()).isEmpty();
        assertThat(snapshot.prices()).isEmpty();
    }

    private static List<String> lotIds(ParseResult<CustodianSnapshot> result) {
        return result.value().lots().stream().map(TaxLot::id).map(LotId::value).toList();
    }

    private static String replaceLine(String text, int line, String replacement) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.set(line - 1, replacement);
        return String.join("\n", lines);
    }

    private static String removeLine(String text, int line) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.remove(line - 1);
        return String.join("\n", lines);
    }

    private static TaxLot lot(String id, String account, String symbol, String quantity, String basis,
            String acquired) {
        return new TaxLot(LotId.of(id), AccountId.of(account), SecurityId.of(symbol), new BigDecimal(quantity),
                new BigDecimal(basis), LocalDate.parse(acquired));
    }
}
