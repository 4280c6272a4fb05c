package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.JONES;
import static io.ballast.ledger.Fixtures.SMITH;
import static io.ballast.ledger.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.Price;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.testing.Database;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Wash sales made by allocations, after IRS Publication 550: 100 shares bought for 1,000 and sold for 750. */
class WashSaleTest {
    private static final SecurityId XYZ = SecurityId.of("XYZ");
    private static final AccountId TAXABLE = AccountId.of("S-100");
    private static final AccountId SPOUSE = AccountId.of("S-300");
    private static final AccountId ROTH = AccountId.of("S-400");
    private static final AccountId JONES_TAXABLE = AccountId.of("J-100");
    private static final LocalDate BOUGHT = LocalDate.of(2026, 1, 15);
    private static final LocalDate SOLD = LocalDate.of(2026, 11, 2);

    private DataSource dataSource;
    private TradingDays days;

    /** Smith holds 100 XYZ bought for 1,000 in his taxable account; Jones, another household, holds the same. */
    private void start(Database database) {
        dataSource = database.fresh();
        List<Account> accounts = List.of(new Account(TAXABLE, SMITH, AccountType.TAXABLE, "C"),
                new Account(SPOUSE, SMITH, AccountType.TAXABLE, "C"),
                new Account(ROTH, SMITH, AccountType.ROTH_IRA, "C"),
                new Account(JONES_TAXABLE, JONES, AccountType.TAXABLE, "C"));
        LocalDate asOf = LocalDate.of(2026, 10, 1);
        new BookLoader(dataSource, CLOCK).load(new CustodianSnapshot("C", asOf, accounts,
                List.of(new Security(XYZ, null, "XYZ Corp", "US_EQUITY")),
                List.of(Fixtures.lot("P1", TAXABLE, XYZ, "100", "1000.00", BOUGHT.toString()),
                        Fixtures.lot("J1", JONES_TAXABLE, XYZ, "100", "1000.00", BOUGHT.toString())),
                accounts.stream().map(account -> new CashBalance(account.id(), dec("10000.00"))).toList(),
                List.of(new Price(XYZ, dec("10.00"), asOf))), "start.csv", "start");
        days = new TradingDays(dataSource);
    }

    private void sellP1(LocalDate date, String price) {
        days.trade(date, SMITH, price, new ProposedTrade(TAXABLE, XYZ, Side.SELL, dec("100"),
                List.of(Fixtures.pick("P1", "100"))));
    }

    private void buy(LocalDate date, AccountId account, String quantity) {
        days.trade(date, account.equals(JONES_TAXABLE) ? JONES : SMITH, "8.00", Fixtures.buy(account, XYZ, quantity));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReplacementBoughtAfterTheLossTakesTheLossIntoItsBasisAndTheHoldingPeriod(Database database) {
        start(database);

        sellP1(SOLD, "7.50");
        buy(SOLD.plusDays(18), TAXABLE, "100");

        // 800 + the disallowed 250; held from 2026-01-15 to 2026-11-02, so it counts as bought 2026-02-02
        TaxLot replacement = single(days.lots(TAXABLE, XYZ));
        assertThat(replacement.costBasis()).isEqualByComparingTo("1050.00");
        assertThat(replacement.acquired()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(realized()).containsExactly("P1 -250.00 250.00");
        assertThat(washSales()).containsExactly(new WashSale(realizedId(), TAXABLE, LotId.of("P1"), XYZ, SOLD, TAXABLE,
                replacement.id(), SOLD.plusDays(18), dec("100"), dec("250.00"), false));
        Model model = new Model(ModelId.of("m"), Map.of(XYZ, BigDecimal.ONE));
        assertThat(new HouseholdSnapshots(dataSource).read(SMITH, model, SOLD.plusDays(18), 30).recentTrades())
                .as("the optimizer still sees the economic loss")
                .contains(new RecentTrade(TAXABLE, XYZ, Side.SELL, SOLD, dec("100"), dec("-250.00")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReplacementBoughtBeforeTheLossInTheSpousesAccountIsWashedToo(Database database) {
        start(database);

        buy(SOLD.minusDays(13), SPOUSE, "100");
        sellP1(SOLD, "7.50");

        TaxLot replacement = single(days.lots(SPOUSE, XYZ));
        assertThat(replacement.costBasis()).isEqualByComparingTo("1050.00");
        assertThat(replacement.acquired()).isEqualTo(BOUGHT.minusDays(13));
        assertThat(realized()).containsExactly("P1 -250.00 250.00");
        assertThat(washSales()).extracting(WashSale::replacementAccount, WashSale::purchaseDate, WashSale::quantity,
                WashSale::basisAdded).containsExactly(tuple(SPOUSE, SOLD.minusDays(13), dec("100"), dec("250.00")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void replacementsMatchLossSharesInOrderAndALargerReplacementLotIsSplit(Database database) {
        start(database);
        sellP1(SOLD, "7.50");

        buy(SOLD.plusDays(8), TAXABLE, "50");

        assertThat(realized()).as("half the loss disallowed").containsExactly("P1 -250.00 125.00");
        assertThat(single(days.lots(TAXABLE, XYZ))).extracting(TaxLot::costBasis, TaxLot::acquired)
                .containsExactly(dec("525.00"), BOUGHT.plusDays(8));

        buy(SOLD.plusDays(23), SPOUSE, "100");

        // the other 50 loss shares take 50 of the 100: the lot splits, the unmatched half keeps id, basis and date
        List<TaxLot> spouse = days.lots(SPOUSE, XYZ);
        assertThat(spouse).hasSize(2);
        TaxLot washed = spouse.get(0);
        TaxLot rest = spouse.get(1);
        assertThat(washed.id().value()).isEqualTo(rest.id().value() + "-W" + realizedId());
        assertThat(washed).extracting(TaxLot::quantity, TaxLot::costBasis, TaxLot::acquired)
                .containsExactly(dec("50"), dec("525.00"), BOUGHT.plusDays(23));
        assertThat(rest).extracting(TaxLot::quantity, TaxLot::costBasis, TaxLot::acquired)
                .containsExactly(dec("50"), dec("400.00"), SOLD.plusDays(23));
        assertThat(realized()).containsExactly("P1 -250.00 250.00");
        assertThat(washSales()).extracting(WashSale::replacementLot, WashSale::quantity, WashSale::disallowedLoss)
                .containsExactly(tuple(single(days.lots(TAXABLE, XYZ)).id(), dec("50"), dec("125.00")),
                        tuple(washed.id(), dec("50"), dec("125.00")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReplacementInARothDisallowsTheLossForGoodAndMovesNoBasis(Database database) {
        start(database);
        sellP1(SOLD, "7.50");

        buy(SOLD.plusDays(8), ROTH, "100");

        assertThat(single(days.lots(ROTH, XYZ))).extracting(TaxLot::costBasis, TaxLot::acquired)
                .containsExactly(dec("800.00"), SOLD.plusDays(8));
        assertThat(realized()).containsExactly("P1 -250.00 250.00");
        assertThat(washSales()).extracting(WashSale::replacementAccount, WashSale::disallowedLoss,
                WashSale::permanent, WashSale::basisAdded).containsExactly(tuple(ROTH, dec("250.00"), true,
                        dec("0.00")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBuyOutsideTheWindowOrInAnotherHouseholdIsNoWashSale(Database database) {
        start(database);
        sellP1(SOLD, "7.50");

        buy(SOLD.plusDays(10), JONES_TAXABLE, "100");
        buy(SOLD.plusDays(31), TAXABLE, "100");

        assertThat(single(days.lots(TAXABLE, XYZ)).costBasis()).isEqualByComparingTo("800.00");
        assertThat(realized()).containsExactly("P1 -250.00 0.00");
        assertThat(washSales()).isEmpty();
        assertThat(new WashSales(dataSource).ofHousehold(JONES, SOLD, SOLD.plusDays(60))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSaleAtAGainIsNeverAWashSale(Database database) {
        start(database);

        buy(SOLD.minusDays(5), SPOUSE, "100");
        sellP1(SOLD, "12.00");
        buy(SOLD.plusDays(5), TAXABLE, "100");

        assertThat(realized()).containsExactly("P1 200.00 0.00");
        assertThat(washSales()).isEmpty();
        assertThat(single(days.lots(TAXABLE, XYZ)).costBasis()).isEqualByComparingTo("800.00");
    }

    private static TaxLot single(List<TaxLot> lots) {
        assertThat(lots).hasSize(1);
        return lots.get(0);
    }

    private List<WashSale> washSales() {
        return new WashSales(dataSource).ofHousehold(SMITH, SOLD.minusDays(60), SOLD.plusDays(60));
    }

    /** Smith's realised lots: lot, gain, disallowed loss. */
    private List<String> realized() {
        return days.query("SELECT r.lot_id, r.gain, r.disallowed_loss FROM realized_lot r"
                + " JOIN account a ON a.id = r.account_id WHERE a.household_id = ? ORDER BY r.id",
                rs -> rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString() + " "
                        + rs.getBigDecimal(3).toPlainString(), SMITH);
    }

    private long realizedId() {
        return days.query("SELECT id FROM realized_lot WHERE lot_id = 'P1'", rs -> rs.getLong(1)).get(0);
    }
}
