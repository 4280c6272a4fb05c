package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.AS_OF;
import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.VTI;
import static io.ballast.ledger.Fixtures.dec;
import static io.ballast.ledger.Fixtures.lot;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.AccountId;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.CustodianTransaction;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityIdentifier;
import io.ballast.domain.SecurityIdentifier.Scheme;
import io.ballast.domain.TransactionType;
import io.ballast.ledger.testing.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the formats deliver beyond lots and cash: identifiers, transactions, quarantined rows and partial scopes. */
class IntakeLoadingTest {
    private static final CustodianTransaction BUY = new CustodianTransaction(SMITH_TAXABLE, VTI, TransactionType.BUY,
            AS_OF.minusDays(2), AS_OF, dec("10"), dec("-3000.00"), "T-1");

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSecurityMasterResolvesEveryIdentifierAndQueuesTheUnknown(Database database) {
        DataSource dataSource = database.fresh();
        new BookLoader(dataSource, CLOCK).load(withSecurities(new Security(VTI, "922908769", "US9229087690",
                "Vanguard Total Stock Market ETF", "US_EQUITY")), "book.csv", "sha-1");
        SecurityMasterTable master = new SecurityMasterTable(dataSource, CLOCK);

        assertThat(master.resolve(new SecurityIdentifier(Scheme.TICKER, "VTI"))).contains(VTI);
        assertThat(master.resolve(new SecurityIdentifier(Scheme.CUSIP, "922908769"))).contains(VTI);
        assertThat(master.resolve(new SecurityIdentifier(Scheme.ISIN, "US9229087690"))).contains(VTI);
        assertThat(master.resolve(new SecurityIdentifier(Scheme.ISIN, "US0378331005"))).isEmpty();

        SecurityIdentifier unknown = new SecurityIdentifier(Scheme.ISIN, "US0378331005");
        master.queueForReview(unknown, "stmt.fin", 14, "APPLE INC");
        master.queueForReview(unknown, "stmt.fin", 14, "APPLE INC");
        assertThat(master.openReviews()).containsExactly(new SecurityMasterTable.Review(unknown, "stmt.fin", 14,
                "APPLE INC"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLaterFileWithoutAnIsinKeepsTheOneTheMasterHas(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = new BookLoader(dataSource, CLOCK);
        loader.load(withSecurities(new Security(VTI, "922908769", "US9229087690", "Vanguard Total Stock Market ETF",
                "US_EQUITY")), "book-1.csv", "sha-1");
        loader.load(Fixtures.snapshot(), "book-2.csv", "sha-2");

        assertThat(new SecurityMasterTable(dataSource, CLOCK).resolve(new SecurityIdentifier(Scheme.ISIN,
                "US9229087690"))).contains(VTI);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void transactionsRowCountsAndQuarantinedRowsAreKeptWithTheBatch(Database database) {
        DataSource dataSource = database.fresh();
        CustodianSnapshot book = Fixtures.snapshot();
        CustodianSnapshot withTransactions = new CustodianSnapshot(book.custodian(), book.asOf(), book.accounts(),
                book.securities(), book.lots(), book.cash(), book.prices(), List.of(BUY), CustodianSnapshot.Scope.BOOK);

        LoadResult loaded = new BookLoader(dataSource, CLOCK).load(withTransactions, "set.zip", "sha-1",
                List.of(new ParseFailure("set.zip!LOT.CSV", 7, "acquired", "'04/31/2021' is not a date")));

        assertThat(count(dataSource, "SELECT row_count FROM import_batch WHERE id = " + loaded.batchId()))
                .isEqualTo(withTransactions.rowCount());
        assertThat(count(dataSource, "SELECT quarantined_count FROM import_batch")).isEqualTo(1);
        assertThat(count(dataSource, "SELECT line FROM quarantined_row WHERE file_name = 'set.zip!LOT.CSV'"))
                .isEqualTo(7);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM custodian_transaction WHERE account_id = 'S-100'"
                + " AND type = 'BUY' AND reference = 'T-1'")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStatementOfHoldingsKeepsTheCashAndOneOfTransactionsKeepsTheBook(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = new BookLoader(dataSource, CLOCK);
        CustodianSnapshot book = Fixtures.snapshot();
        loader.load(book, "book.csv", "sha-1");

        LoadResult holdings = loader.load(new CustodianSnapshot(book.custodian(), AS_OF.plusDays(1),
                book.accounts().subList(0, 1), List.of(), List.of(lot("M1", SMITH_TAXABLE, VTI, "100", "20000.00",
                        "2024-01-10"), lot("M2", SMITH_TAXABLE, VTI, "50", "13000.00", "2026-06-01")), List.of(),
                book.prices().subList(0, 1), List.of(),
                CustodianSnapshot.Scope.HOLDINGS), "mt535.fin", "sha-2");
        loader.load(new CustodianSnapshot(book.custodian(), AS_OF.plusDays(1), book.accounts().subList(0, 1),
                List.of(), List.of(), List.of(), List.of(), List.of(BUY), CustodianSnapshot.Scope.TRANSACTIONS),
                "mt536.fin", "sha-3");

        assertThat(holdings.breaks()).isEmpty();
        assertThat(count(dataSource, "SELECT amount FROM cash_balance WHERE account_id = 'S-100'")).isEqualTo(1000);
        assertThat(count(dataSource, "SELECT SUM(quantity) FROM tax_lot WHERE account_id = 'S-100'")).isEqualTo(150);
        assertThat(count(dataSource, "SELECT COUNT(*) FROM custodian_transaction")).isEqualTo(1);
        assertThat(new LedgerAccounts(dataSource).find(AccountId.of("S-100"))).contains(book.accounts().get(0));
    }

    private static CustodianSnapshot withSecurities(Security vti) {
        CustodianSnapshot book = Fixtures.snapshot();
        List<Security> securities = book.securities().stream()
                .map(security -> security.id().equals(vti.id()) ? vti : security).toList();
        return new CustodianSnapshot(book.custodian(), book.asOf(), book.accounts(), securities, book.lots(),
                book.cash(), book.prices());
    }

    private static long count(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

}
