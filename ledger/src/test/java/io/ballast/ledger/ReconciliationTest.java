package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.AS_OF;
import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.JONES_TAXABLE;
import static io.ballast.ledger.Fixtures.SMITH;
import static io.ballast.ledger.Fixtures.SMITH_IRA;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.TRADE_DATE;
import static io.ballast.ledger.Fixtures.VTI;
import static io.ballast.ledger.Fixtures.dec;
import static io.ballast.ledger.Fixtures.lot;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.BreakType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.testing.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reconciliation of a next-day custodian file against the ledger's book after real trades, on both engines. */
class ReconciliationTest {
    private static final String UNSETTLED = "unsettled: BUY 10 VTI traded 2026-11-25, settles 2026-11-26";

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBuyNotYetSettledAtTheCustodianIsTimingAndHoldsNothing(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = boughtTenVti(dataSource);

        // as of the trade date, the custodian books on settlement: the buy is not in its file yet
        LoadResult result = loader.load(Fixtures.snapshot(TRADE_DATE, Fixtures.lots(), Fixtures.cash()),
                "positions-20261125.csv", "sha-2");

        List<ReconBreak> expected = List.of(
                new ReconBreak(SMITH_TAXABLE, VTI, BreakType.TIMING, dec("160"), dec("150"), UNSETTLED),
                new ReconBreak(SMITH_TAXABLE, null, BreakType.TIMING, dec("-2000"), dec("1000"), UNSETTLED));
        assertThat(result.breaks()).containsExactlyElementsOf(expected);
        ReconReport report = new ReconBreaks(dataSource).reportAsOf(TRADE_DATE);
        assertThat(report.breaks()).containsExactlyElementsOf(expected);
        assertThat(report.errors()).isZero();
        assertThat(report.timing()).isEqualTo(2);
        assertThat(new ImportBatches(dataSource).findByFile("SCHWAB", "positions-20261125.csv").orElseThrow()
                .breaks()).as("timing is not counted as a break of the batch").isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSameDifferenceOnceTheTradeHasSettledIsAnError(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = boughtTenVti(dataSource);

        LoadResult result = loader.load(Fixtures.snapshot(TRADE_DATE.plusDays(1), Fixtures.lots(), Fixtures.cash()),
                "positions-20261126.csv", "sha-2");

        assertThat(result.breaks()).containsExactly(
                new ReconBreak(SMITH_TAXABLE, VTI, BreakType.QUANTITY, dec("160"), dec("150")),
                new ReconBreak(SMITH_TAXABLE, null, BreakType.CASH, dec("-2000"), dec("1000")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCustodianThatBooksOnTradeDateMatchesLotByLot(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = boughtTenVti(dataSource);
        List<TaxLot> lots = new ArrayList<>(Fixtures.lots());
        lots.add(lot("C-BUY", SMITH_TAXABLE, VTI, "10", "3000.00", "2026-11-25"));

        LoadResult result = loader.load(Fixtures.snapshot(TRADE_DATE, lots, List.of(
                new CashBalance(SMITH_TAXABLE, dec("-2000.00")), new CashBalance(SMITH_IRA, dec("500.00")),
                new CashBalance(JONES_TAXABLE, dec("2000.00")))), "positions-20261125.csv", "sha-2");

        assertThat(result.breaks()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void lotBreaksAreStoredWithWhatTheyAreAbout(Database database) {
        DataSource dataSource = database.fresh();
        BookLoader loader = new BookLoader(dataSource, CLOCK,
                new ReconTolerances(dec("0"), dec("0.01"), dec("1.00"), dec("0")), SettlementCalendar.T_PLUS_ONE);
        loader.load(Fixtures.snapshot(), "positions-20261124.csv", "sha-1");
        List<TaxLot> lots = List.of(lot("L1", SMITH_TAXABLE, VTI, "100", "20001.00", "2024-01-10"),
                lot("L2", SMITH_TAXABLE, VTI, "50", "12998.99", "2026-06-01"),
                lot("L3", SMITH_IRA, Fixtures.BND, "200", "14000.00", "2023-05-06"),
                lot("L4", JONES_TAXABLE, VTI, "30", "7500.00", "2025-02-03"));

        LoadResult result = loader.load(Fixtures.snapshot(TRADE_DATE, lots, Fixtures.cash()), "next.csv", "sha-2");

        List<ReconBreak> expected = List.of(
                new ReconBreak(SMITH_TAXABLE, VTI, BreakType.LOT_BASIS, dec("13000"), dec("12998.99"),
                        "cost basis of the shares acquired 2026-06-01"),
                new ReconBreak(SMITH_IRA, Fixtures.BND, BreakType.LOT_DATE, dec("200"), dec("0"),
                        "shares acquired 2023-05-05"),
                new ReconBreak(SMITH_IRA, Fixtures.BND, BreakType.LOT_DATE, dec("0"), dec("200"),
                        "shares acquired 2023-05-06"));
        assertThat(result.breaks()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(new ReconBreaks(dataSource).ofBatch(result.batchId())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(new ReconBreaks(dataSource).reportOfBatch(result.batchId()).countsByType())
                .isEqualTo(Map.of(BreakType.LOT_DATE, 2L, BreakType.LOT_BASIS, 1L));
        assertThat(new ReconBreaks(dataSource).latestAsOf()).contains(TRADE_DATE);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReportAsOfADateWithoutFilesIsEmpty(Database database) {
        ReconBreaks breaks = new ReconBreaks(database.fresh());

        assertThat(breaks.latestAsOf()).isEmpty();
        assertThat(breaks.reportAsOf(LocalDate.of(2026, 1, 2)).batches()).isEmpty();
    }

    /** Loads the opening book as of the 24th, then buys 10 VTI at $300 in Smith's taxable account on the 25th. */
    private static BookLoader boughtTenVti(DataSource dataSource) {
        BookLoader loader = new BookLoader(dataSource, CLOCK);
        loader.load(Fixtures.snapshot(), "positions-20261124.csv", "sha-1");
        new TradingDays(dataSource).trade(TRADE_DATE, SMITH, "300.00", Fixtures.buy(SMITH_TAXABLE, VTI, "10"));
        assertThat(AS_OF).isBefore(TRADE_DATE);
        return loader;
    }
}
