package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.AS_OF;
import static io.ballast.ledger.Fixtures.BND;
import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.SMITH;
import static io.ballast.ledger.Fixtures.SMITH_IRA;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.TRADE_DATE;
import static io.ballast.ledger.Fixtures.VTI;
import static io.ballast.ledger.Fixtures.VXUS;
import static io.ballast.ledger.Fixtures.dec;
import static io.ballast.ledger.Fixtures.pick;
import static io.ballast.ledger.Fixtures.proposal;
import static io.ballast.ledger.Fixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import io.ballast.ledger.testing.Database;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HouseholdSnapshotsTest {
    private static final Model MODEL = new Model(ModelId.of("60-40"), Map.of(VTI, dec("0.6"), BND, dec("0.4")));

    @ParameterizedTest
    @EnumSource(Database.class)
    void readsAccountsLotsCashAndTheLatestPriceUpToTheTradeDate(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = new BookLoader(dataSource, CLOCK);
        loader.load(Fixtures.snapshot(), "day1.csv", "sha-1");
        loader.load(Fixtures.snapshot(AS_OF.plusDays(5), Fixtures.lots(), Fixtures.cash()), "day6.csv", "sha-6");
        HouseholdSnapshots snapshots = new HouseholdSnapshots(dataSource);

        HouseholdSnapshot smith = snapshots.read(SMITH, MODEL, TRADE_DATE, 30);

        assertThat(smith.accounts()).extracting(account -> account.id().value()).containsExactly("S-100", "S-200");
        assertThat(smith.lots()).hasSize(3);
        assertThat(smith.cash()).isEqualTo(Map.of(SMITH_TAXABLE, dec("1000.00"), SMITH_IRA, dec("500.00")));
        // the day-6 prices are after the trade date: the day-1 prices apply
        assertThat(smith.prices()).isEqualTo(Map.of(VTI, dec("300"), BND, dec("72.5")));
        assertThat(smith.recentTrades()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void substitutesArePricedWhereTheLedgerHasAPrice(Database database) {
        DataSource dataSource = database.fresh();
        new BookLoader(dataSource, CLOCK).load(Fixtures.snapshot(), "day1.csv", "sha-1");

        HouseholdSnapshot smith = new HouseholdSnapshots(dataSource).read(SMITH, MODEL, TRADE_DATE, 30,
                Set.of(VXUS, SecurityId.of("SCHB")));

        assertThat(smith.prices()).isEqualTo(Map.of(VTI, dec("300"), BND, dec("72.5"), VXUS, dec("65")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void securitiesCarryTheBooksAssetClassWithTheConfiguredTagsAndClassesOverIt(Database database) {
        DataSource dataSource = database.fresh();
        new BookLoader(dataSource, CLOCK).load(Fixtures.snapshot(), "day1.csv", "sha-1");
        HouseholdSnapshots snapshots = new HouseholdSnapshots(dataSource,
                Map.of(BND, new SecurityAttributes("BOND", Set.of("core")), SecurityId.of("XOM"),
                        new SecurityAttributes(null, Set.of("fossil-fuel"))));

        HouseholdSnapshot smith = snapshots.read(SMITH, MODEL, TRADE_DATE, 30);

        assertThat(smith.attributes(VTI)).isEqualTo(new SecurityAttributes("US_EQUITY", Set.of()));
        assertThat(smith.attributes(BND)).isEqualTo(new SecurityAttributes("BOND", Set.of("core")));
        assertThat(smith.securities()).doesNotContainKey(SecurityId.of("XOM"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSecurityWithoutPriceIsNamed(Database database) {
        DataSource dataSource = database.fresh();
        new BookLoader(dataSource, CLOCK).load(Fixtures.snapshot(), "day1.csv", "sha-1");
        Model withUnpriced = new Model(ModelId.of("odd"), Map.of(VTI, dec("0.5"), SecurityId.of("GLD"), dec("0.5")));

        assertThatThrownBy(() -> new HouseholdSnapshots(dataSource).read(SMITH, withUnpriced, TRADE_DATE, 30))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HH-SMITH").hasMessageContaining("GLD");
        assertThatThrownBy(() -> new HouseholdSnapshots(dataSource).read(HouseholdId.of("HH-NOBODY"), MODEL,
                TRADE_DATE, 30)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HH-NOBODY");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void recentTradesAreThoseInsideTheWashSaleWindow(Database database) {
        DataSource dataSource = database.fresh();
        long batch = new BookLoader(dataSource, CLOCK).load(Fixtures.snapshot(), "day1.csv", "sha-1").batchId();
        new ProposalStore(dataSource, CLOCK).save(batch, proposal(SMITH, sell(SMITH_TAXABLE, VTI, "10",
                pick("L2", "10"))));
        OrderBook book = new OrderBook(dataSource, CLOCK);
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(Fixtures.filled(order, dec("10"), "240.00"));
        book.allocate(order);
        HouseholdSnapshots snapshots = new HouseholdSnapshots(dataSource);

        assertThat(snapshots.read(SMITH, MODEL, TRADE_DATE.plusDays(30), 30).recentTrades())
                .singleElement().satisfies(trade -> {
                    assertThat(trade.isLossSale()).isTrue();
                    assertThat(trade.realizedGain()).isEqualByComparingTo("-200.00");
                });
        assertThat(snapshots.read(SMITH, MODEL, TRADE_DATE.plusDays(31), 30).recentTrades()).isEmpty();
        assertThat(snapshots.householdsOfBatch(batch)).isEqualTo(List.of(Fixtures.JONES, SMITH));
    }
}
