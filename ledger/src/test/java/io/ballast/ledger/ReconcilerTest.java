package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.BND;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.VTI;
import static io.ballast.ledger.Fixtures.VXUS;
import static io.ballast.ledger.Fixtures.dec;
import static io.ballast.ledger.Fixtures.lot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.BreakType;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private static final LocalDate TRADED = LocalDate.of(2026, 11, 24);
    private static final LocalDate SETTLES = LocalDate.of(2026, 11, 25);
    // the ledger booked a buy of 10 VTI for $3,000 on the 24th; the custodian books it when it settles
    private static final UnsettledTrade UNSETTLED_BUY = new UnsettledTrade(VTI, Side.BUY, dec("10"), dec("3000.00"),
            TRADED, SETTLES);
    private final Reconciler reconciler = new Reconciler(ReconTolerances.DEFAULT);

    @Test
    void matchingBooksHaveNoBreaks() {
        AccountBook book = book("1000.00", vti("L1", "150", "30000.00", "2024-01-10"),
                lot("L2", SMITH_TAXABLE, BND, "10.5", "735.00", "2025-03-03"));
        AccountBook sameWithOtherIdsAndScale = book("1000", vti("C9", "150.000", "30000", "2024-01-10"),
                lot("C8", SMITH_TAXABLE, BND, "10.50", "735.0", "2025-03-03"));

        assertThat(reconciler.reconcile(book, sameWithOtherIdsAndScale, List.of())).isEmpty();
    }

    @Test
    void findsEveryKindOfPositionAndCashBreakInOrder() {
        AccountBook expected = book("1000.00", vti("L1", "150", "30000.00", "2024-01-10"),
                lot("L2", SMITH_TAXABLE, BND, "20", "1400.00", "2025-03-03"));
        AccountBook actual = book("990.00", vti("C1", "149", "29800.00", "2024-01-10"),
                lot("C2", SMITH_TAXABLE, VXUS, "5", "325.00", "2025-03-03"));

        assertThat(reconciler.reconcile(expected, actual, List.of())).containsExactly(
                new ReconBreak(SMITH_TAXABLE, BND, BreakType.MISSING_AT_CUSTODIAN, dec("20"), dec("0")),
                new ReconBreak(SMITH_TAXABLE, VTI, BreakType.QUANTITY, dec("150"), dec("149")),
                new ReconBreak(SMITH_TAXABLE, VXUS, BreakType.MISSING_IN_LEDGER, dec("0"), dec("5")),
                new ReconBreak(SMITH_TAXABLE, null, BreakType.CASH, dec("1000"), dec("990")));
    }

    @Test
    void sharesUnderAnotherAcquisitionDateAreALotDateBreakOnEachDate() {
        AccountBook expected = book("0", vti("L1", "100", "20000.00", "2024-01-10"),
                vti("L2", "50", "13000.00", "2026-06-01"));
        AccountBook actual = book("0", vti("C1", "100", "20000.00", "2024-01-10"),
                vti("C2", "50", "13000.00", "2026-06-02"));

        assertThat(reconciler.reconcile(expected, actual, List.of())).containsExactly(
                new ReconBreak(SMITH_TAXABLE, VTI, BreakType.LOT_DATE, dec("50"), dec("0"),
                        "shares acquired 2026-06-01"),
                new ReconBreak(SMITH_TAXABLE, VTI, BreakType.LOT_DATE, dec("0"), dec("50"),
                        "shares acquired 2026-06-02"));
    }

    @Test
    void lotBasisWithinTheDollarToleranceIsNoBreakAndJustOverIs() {
        AccountBook expected = book("0", vti("L1", "100", "20000.00", "2024-01-10"));

        assertThat(reconciler.reconcile(expected, book("0", vti("C1", "100", "20000.01", "2024-01-10")), List.of()))
                .isEmpty();
        assertThat(reconciler.reconcile(expected, book("0", vti("C1", "100", "19999.98", "2024-01-10")), List.of()))
                .containsExactly(new ReconBreak(SMITH_TAXABLE, VTI, BreakType.LOT_BASIS, dec("20000"),
                        dec("19999.98"), "cost basis of the shares acquired 2024-01-10"));
    }

    @Test
    void lotBasisToleranceInBasisPointsOfTheLedgersBasis() {
        // 5 bps of $20,000 is $10.00
        Reconciler bps = new Reconciler(new ReconTolerances(dec("0"), dec("0.01"), dec("0.01"), dec("5")));
        AccountBook expected = book("0", vti("L1", "100", "20000.00", "2024-01-10"));

        assertThat(bps.reconcile(expected, book("0", vti("C1", "100", "20010.00", "2024-01-10")),
                List.of())).isEmpty();
        assertThat(bps.reconcile(expected, book("0", vti("C1", "100", "20010.01", "2024-01-10")),
                List.of())).extracting(ReconBreak::type).containsExactly(BreakType.LOT_BASIS);
    }

    @Test
    void cashWithinToleranceIsNoBreakButJustOverIs() {
        Reconciler dollar = new Reconciler(new ReconTolerances(dec("0"), dec("1.00"), dec("0.01"), dec("0")));
        AccountBook expected = book("1000.00");

        assertThat(dollar.reconcile(expected, book("1001.00"), List.of())).isEmpty();
        assertThat(dollar.reconcile(expected, book("998.99"), List.of())).extracting(ReconBreak::type)
                .containsExactly(BreakType.CASH);
    }

    @Test
    void quantityWithinToleranceIsNoBreakButJustOverIs() {
        Reconciler lenient = new Reconciler(new ReconTolerances(dec("0.001"), dec("0.01"), dec("0.01"), dec("0")));
        AccountBook expected = book("0", vti("L1", "10", "2000.00", "2024-01-10"));

        assertThat(lenient.reconcile(expected, book("0", vti("C1", "10.001", "2000.00", "2024-01-10")),
                List.of())).isEmpty();
        assertThat(lenient.reconcile(expected, book("0", vti("C1", "10.0011", "2000.00", "2024-01-10")),
                List.of())).extracting(ReconBreak::type).containsExactly(BreakType.QUANTITY);
    }

    @Test
    void aDifferenceTheUnsettledTradesExplainIsTiming() {
        AccountBook expected = book("7000.00", vti("L1", "100", "20000.00", "2024-01-10"),
                vti("B1", "10", "3000.00", "2026-11-24"));
        AccountBook actual = book("10000.00", vti("C1", "100", "20000.00", "2024-01-10"));

        List<ReconBreak> breaks = reconciler.reconcile(expected, actual, List.of(UNSETTLED_BUY));

        String detail = "unsettled: BUY 10 VTI traded 2026-11-24, settles 2026-11-25";
        assertThat(breaks).containsExactly(
                new ReconBreak(SMITH_TAXABLE, VTI, BreakType.TIMING, dec("110"), dec("100"), detail),
                new ReconBreak(SMITH_TAXABLE, null, BreakType.TIMING, dec("7000"), dec("10000"), detail));
        assertThat(breaks).noneMatch(b -> b.type().isError());
    }

    @Test
    void anUnsettledSaleExplainsTooFewSharesGoneAndCashNotYetIn() {
        UnsettledTrade sale = new UnsettledTrade(VTI, Side.SELL, dec("20"), dec("6000.00"), TRADED, SETTLES);
        AccountBook expected = book("6000.00", vti("L1", "80", "16000.00", "2024-01-10"));
        AccountBook actual = book("0.00", vti("C1", "100", "20000.00", "2024-01-10"));

        assertThat(reconciler.reconcile(expected, actual, List.of(sale))).extracting(ReconBreak::type)
                .containsExactly(BreakType.TIMING, BreakType.TIMING);
    }

    @Test
    void aDifferenceTheUnsettledTradesDoNotExplainIsAnError() {
        AccountBook expected = book("7000.00", vti("L1", "110", "23000.00", "2024-01-10"));
        AccountBook actual = book("9000.00", vti("C1", "101", "20000.00", "2024-01-10"));

        assertThat(reconciler.reconcile(expected, actual, List.of(UNSETTLED_BUY))).extracting(ReconBreak::type)
                .containsExactly(BreakType.QUANTITY, BreakType.CASH);
    }

    @Test
    void aCustodianThatAlreadyBookedTheTradeMatches() {
        AccountBook book = book("7000.00", vti("B1", "10", "3000.00", "2026-11-24"));

        assertThat(reconciler.reconcile(book, book, List.of(UNSETTLED_BUY))).isEmpty();
    }

    @Test
    void refusesToCompareDifferentAccounts() {
        AccountBook smith = book("0");
        AccountBook jones = new AccountBook(Fixtures.JONES_TAXABLE, List.of(), dec("0"));

        assertThatThrownBy(() -> reconciler.reconcile(smith, jones, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TaxLot vti(String id, String quantity, String basis, String acquired) {
        return lot(id, SMITH_TAXABLE, VTI, quantity, basis, acquired);
    }

    private static AccountBook book(String cash, TaxLot... lots) {
        return new AccountBook(SMITH_TAXABLE, List.of(lots), dec(cash));
    }
}
