package io.ballast.connectors.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.ParseResult;
import io.ballast.domain.SecurityId;
import io.ballast.domain.SecurityIdentifier;
import io.ballast.domain.SecurityMaster;
import io.ballast.domain.TransactionType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwiftStatementsTest {
    private static final Account ACCOUNT = new Account(AccountId.of("81234567"), HouseholdId.of("HH-MILLER"),
            AccountType.TAXABLE, "Global Custody");
    private final List<SecurityIdentifier> queued = new ArrayList<>();
    private final Map<String, String> isins = Map.of("US0378331005", "AAPL", "US9229087690", "VTI");
    private final SecurityMaster master = new SecurityMaster() {
        @Override
        public Optional<SecurityId> resolve(SecurityIdentifier identifier) {
            return Optional.ofNullable(isins.get(identifier.value())).map(SecurityId::of);
        }

        @Override
        public void queueForReview(SecurityIdentifier identifier, String file, long line, String description) {
            queued.add(identifier);
        }
    };
    private final ParseContext context = new ParseContext(master,
            id -> id.equals(ACCOUNT.id()) ? Optional.of(ACCOUNT) : Optional.empty(), ParseContext.LotMismatch.BREAK);
    private final CustodianFormats formats = CustodianFormats.standard();

    private ParseResult<CustodianSnapshot> parse(String format, String text) {
        return formats.get(format).parse("statement.fin",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), context);
    }

    private static String fixture(String name) {
        return new String(Deliveries.resource("swift/" + name), StandardCharsets.US_ASCII);
    }

    @Test
    void anMt535StatementBecomesTheAccountsLots() {
        ParseResult<CustodianSnapshot> result = parse("swift-mt535", fixture("mt535-holdings.fin"));

        assertThat(result.failures()).isEmpty();
        CustodianSnapshot holdings = result.value();
        assertThat(holdings.scope()).isEqualTo(CustodianSnapshot.Scope.HOLDINGS);
        assertThat(holdings.asOf()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(holdings.lots()).extracting(lot -> lot.security().value() + " " + lot.quantity().toPlainString()
                + " " + lot.costBasis().toPlainString() + " " + lot.acquired())
                .containsExactly("AAPL 100 15000.00 2021-04-01", "AAPL 50 8612.50 2024-03-15",
                        "VTI 25.5 6100.24 2025-11-20");
        assertThat(holdings.prices()).hasSize(2);
    }

    @Test
    void anMt535HoldingWhoseLotsDoNotAddUpIsRefused() {
        ParseResult<CustodianSnapshot> result = parse("swift-mt535",
                fixture("mt535-holdings.fin").replace(":93B::AGGR//UNIT/150,", ":93B::AGGR//UNIT/160,"));

        assertThat(result.failures()).extracting(Object::toString).containsExactly("statement.fin:13 [93B]: lots of"
                + " US0378331005 add up to 150, the aggregate balance (:93B::AGGR) is 160");
    }

    @Test
    void anMt535WithAnUnknownIsinQueuesItForReview() {
        ParseResult<CustodianSnapshot> result = parse("swift-mt535",
                fixture("mt535-holdings.fin").replace("US9229087690", "US9219378356"));

        assertThat(result.failures()).extracting(Object::toString).containsExactly("statement.fin:34 [35B]: unknown"
                + " security ISIN US9219378356 (VANGUARD TOTAL STOCK MARKET ETF): the security master does not know"
                + " it; queued for review");
        assertThat(queued).containsExactly(new SecurityIdentifier(SecurityIdentifier.Scheme.ISIN, "US9219378356"));
    }

    @Test
    void anMt535ThatIsTruncatedOrNotSwiftIsRefused() {
        String statement = fixture("mt535-holdings.fin");

        assertThat(parse("swift-mt535", statement.substring(0, statement.indexOf(":16R:FIN"))).failures())
                .isNotEmpty();
        assertThat(parse("swift-mt535", "HDR,not,swift").failures()).isNotEmpty();
        assertThat(parse("swift-mt536", statement).failures()).extracting(Object::toString)
                .containsExactly("statement.fin:0: file is not an MT536 message (it is an MT535)");
    }

    @Test
    void anMt536StatementBecomesTransactionsOnly() {
        ParseResult<CustodianSnapshot> result = parse("swift-mt536", fixture("mt536-transactions.fin"));

        assertThat(result.failures()).isEmpty();
        assertThat(result.value().scope()).isEqualTo(CustodianSnapshot.Scope.TRANSACTIONS);
        assertThat(result.value().lots()).isEmpty();
        assertThat(result.value().transactions()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TransactionType.BUY);
            assertThat(t.tradeDate()).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(t.settleDate()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(t.quantity()).isEqualByComparingTo("50");
            assertThat(t.amount()).isEqualByComparingTo("-10675");
            assertThat(t.reference()).isEqualTo("T2611180001");
        });
    }
}
