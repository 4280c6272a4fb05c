package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.AS_OF;
import static io.ballast.ledger.Fixtures.BND;
import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.JONES;
import static io.ballast.ledger.Fixtures.JONES_TAXABLE;
import static io.ballast.ledger.Fixtures.SMITH;
import static io.ballast.ledger.Fixtures.SMITH_IRA;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.VTI;
import static io.ballast.ledger.Fixtures.VXUS;
import static io.ballast.ledger.Fixtures.dec;
import static io.ballast.ledger.Fixtures.lot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.BreakType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.testing.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BookLoaderTest {
    private static final Model MODEL = new Model(ModelId.of("60-40"), Map.of(VTI, dec("0.6"), BND, dec("0.4")));

    @ParameterizedTest
    @EnumSource(Database.class)
    void loadsASnapshotAndIgnoresTheSameFileTwice(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = new BookLoader(dataSource, CLOCK);

        LoadResult first = loader.load(Fixtures.snapshot(), "positions-20261124.csv", "sha-1");
        LoadResult again = loader.load(Fixtures.snapshot(), "positions-20261124-copy.csv", "sha-1");

        assertThat(first).isEqualTo(new LoadResult(first.batchId(), AS_OF, List.of(JONES, SMITH), 3, 4, List.of(),
                false));
        assertThat(again).isEqualTo(new LoadResult(first.batchId(), AS_OF, List.of(JONES, SMITH), 3, 4, List.of(),
                true));
        assertThat(new HouseholdSnapshots(dataSource).householdsOfBatch(first.batchId())).containsExactly(JONES, SMITH);
        assertThat(smith(dataSource).lots()).extracting(TaxLot::quantity)
                .containsExactly(dec("100"), dec("50"), dec("200"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void refusesAnOlderSnapshotAndChangesNothing(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = new BookLoader(dataSource, CLOCK);
        loader.load(Fixtures.snapshot(), "positions-20261124.csv", "sha-1");
        HouseholdSnapshot before = smith(dataSource);

        assertThatThrownBy(() -> loader.load(Fixtures.snapshot(AS_OF.minusDays(1), List.of(), List.of()),
                "positions-20261123.csv", "sha-0"))
                .isInstanceOf(LoadRefusedException.class)
                .hasMessageContaining("S-100")
                .hasMessageContaining("2026-11-23")
                .hasMessageContaining("2026-11-24");

        assertThat(smith(dataSource)).isEqualTo(before);
        assertThat(loader.load(Fixtures.snapshot(), "positions-20261124-v2.csv", "sha-0").duplicate())
                .as("the refused file left no batch behind").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aMatchingRedeliveryOfTheSameDayHasNoBreaks(Database database) {
        BookLoader loader = new BookLoader(database.fresh(), CLOCK);
        loader.load(Fixtures.snapshot(), "positions-20261124.csv", "sha-1");

        LoadResult corrected = loader.load(Fixtures.snapshot(), "positions-20261124-v2.csv", "sha-2");

        assertThat(corrected.duplicate()).isFalse();
        assertThat(corrected.breaks()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void reconcilesTheNextSnapshotAgainstTheBookAndMakesItTheBook(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = new BookLoader(dataSource, CLOCK);
        loader.load(Fixtures.snapshot(), "positions-20261124.csv", "sha-1");
        List<TaxLot> next = new ArrayList<>(List.of(
                lot("L1", SMITH_TAXABLE, VTI, "100", "20000.00", "2024-01-10"),
                lot("L2", SMITH_TAXABLE, VTI, "49", "12740.00", "2026-06-01"),
                lot("L5", SMITH_TAXABLE, VXUS, "10", "650.00", "2026-11-20"),
                lot("L4", JONES_TAXABLE, VTI, "30", "7500.00", "2025-02-03")));
        List<CashBalance> cash = List.of(new CashBalance(SMITH_TAXABLE, dec("1000.00")),
                new CashBalance(SMITH_IRA, dec("500.00")), new CashBalance(JONES_TAXABLE, dec("2100.00")));

        LoadResult result = loader.load(Fixtures.snapshot(AS_OF.plusDays(1), next, cash), "positions-20261125.csv",
                "sha-2");

        List<ReconBreak> expected = List.of(
                new ReconBreak(JONES_TAXABLE, null, BreakType.CASH, dec("2000"), dec("2100")),
                new ReconBreak(SMITH_TAXABLE, VTI, BreakType.QUANTITY, dec("150"), dec("149")),
                new ReconBreak(SMITH_TAXABLE, VXUS, BreakType.MISSING_IN_LEDGER, dec("0"), dec("10")),
                new ReconBreak(SMITH_IRA, BND, BreakType.MISSING_AT_CUSTODIAN, dec("200"), dec("0")));
        assertThat(result.breaks()).containsExactlyElementsOf(expected);
        assertThat(new ReconBreaks(dataSource).ofBatch(result.batchId())).containsExactlyElementsOf(expected);
        assertThat(new ReconBreaks(dataSource).ofHousehold(result.batchId(), Fixtures.JONES))
                .containsExactly(expected.get(0));
        assertThat(new ReconBreaks(dataSource).ofHousehold(result.batchId(), Fixtures.SMITH))
                .containsExactlyElementsOf(expected.subList(1, 4));
        assertThat(smith(dataSource).lots()).extracting(TaxLot::id).extracting(Object::toString)
                .containsExactly("L1", "L2", "L5");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void accountsNewToTheLedgerHaveNoBreaks(Database database) {
        BookLoader loader = new BookLoader(database.fresh(), CLOCK);

        assertThat(loader.load(Fixtures.snapshot(), "first.csv", "sha-1").breaks()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void refusesLotsOfASecurityNobodyDefinedAndLoadsNothing(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = new BookLoader(dataSource, CLOCK);
        List<TaxLot> lots = new ArrayList<>(Fixtures.lots());
        lots.add(lot("S-9", SMITH_TAXABLE, SecurityId.of("NOPE"), "1", "10.00", "2024-01-02"));

        assertThatThrownBy(() -> loader.load(Fixtures.snapshot(AS_OF, lots, Fixtures.cash()), "unknown.csv", "sha-7"))
                .isInstanceOf(LoadRefusedException.class)
                .hasMessageContaining("unknown.csv")
                .hasMessageContaining("NOPE");

        assertThat(loader.load(Fixtures.snapshot(), "positions-20261124.csv", "sha-7").duplicate())
                .as("the refused file left no batch behind").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void lotsKeepEveryCharacterAndDigitOfTheirValues(Database database) {
        DataSource dataSource = database.fresh();
        List<TaxLot> lots = List.of(lot("S-1, \"odd\" id", SMITH_TAXABLE, VTI, "10.123456", "1234.56", "2020-02-29"),
                lot("S-2", SMITH_TAXABLE, BND, "0.5", "36.25", "2021-06-01"));

        new BookLoader(dataSource, CLOCK).load(Fixtures.snapshot(AS_OF, lots, Fixtures.cash()), "lots.csv", "sha-9");

        assertThat(smith(dataSource).lots()).containsExactlyInAnyOrderElementsOf(lots);
    }

    private static HouseholdSnapshot smith(DataSource dataSource) {
        return new HouseholdSnapshots(dataSource).read(SMITH, MODEL, Fixtures.TRADE_DATE, 30);
    }
}
