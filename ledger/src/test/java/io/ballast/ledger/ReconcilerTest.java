package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.BND;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.VTI;
import static io.ballast.ledger.Fixtures.VXUS;
import static io.ballast.ledger.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.BreakType;
import io.ballast.domain.ReconBreak;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private final Reconciler reconciler = new Reconciler(ReconTolerances.DEFAULT);

    @Test
    void matchingBooksHaveNoBreaks() {
        AccountBook book = new AccountBook(SMITH_TAXABLE, Map.of(VTI, dec("150"), BND, dec("10.5")), dec("1000.00"));
        AccountBook sameWithOtherScale = new AccountBook(SMITH_TAXABLE, Map.of(VTI, dec("150.000"), BND, dec("10.50")),
                dec("1000"));

        assertThat(reconciler.reconcile(book, sameWithOtherScale)).isEmpty();
    }

    @Test
    void findsEveryKindOfBreakInOrder() {
        AccountBook expected = new AccountBook(SMITH_TAXABLE, Map.of(VTI, dec("150"), BND, dec("20")), dec("1000.00"));
        AccountBook actual = new AccountBook(SMITH_TAXABLE, Map.of(VTI, dec("149"), VXUS, dec("5")), dec("990.00"));

        assertThat(reconciler.reconcile(expected, actual)).containsExactly(
                new ReconBreak(SMITH_TAXABLE, BND, BreakType.MISSING_AT_CUSTODIAN, dec("20"), dec("0")),
                new ReconBreak(SMITH_TAXABLE, VTI, BreakType.QUANTITY, dec("150"), dec("149")),
                new ReconBreak(SMITH_TAXABLE, VXUS, BreakType.MISSING_IN_LEDGER, dec("0"), dec("5")),
                new ReconBreak(SMITH_TAXABLE, null, BreakType.CASH, dec("1000.00"), dec("990.00")));
    }

    @Test
    void cashWithinACentIsNoBreakButMoreIs() {
        AccountBook expected = new AccountBook(SMITH_TAXABLE, Map.of(), dec("1000.00"));

        assertThat(reconciler.reconcile(expected, new AccountBook(SMITH_TAXABLE, Map.of(), dec("1000.01")))).isEmpty();
        assertThat(reconciler.reconcile(expected, new AccountBook(SMITH_TAXABLE, Map.of(), dec("999.98"))))
                .extracting(ReconBreak::type).containsExactly(BreakType.CASH);
    }

    @Test
    void quantityToleranceIsConfigurable() {
        Reconciler lenient = new Reconciler(new ReconTolerances(dec("0.001"), dec("0.01")));
        AccountBook expected = new AccountBook(SMITH_TAXABLE, Map.of(VTI, dec("10")), dec("0"));

        assertThat(lenient.reconcile(expected, new AccountBook(SMITH_TAXABLE, Map.of(VTI, dec("10.001")), dec("0"))))
                .isEmpty();
        assertThat(reconciler.reconcile(expected, new AccountBook(SMITH_TAXABLE, Map.of(VTI, dec("10.001")),
                dec("0")))).hasSize(1);
    }

    @Test
    void aZeroPositionCountsAsNone() {
        AccountBook expected = new AccountBook(SMITH_TAXABLE, Map.of(VTI, dec("0")), dec("0"));

        assertThat(reconciler.reconcile(expected, new AccountBook(SMITH_TAXABLE, Map.of(), dec("0")))).isEmpty();
    }

    @Test
    void refusesToCompareDifferentAccounts() {
        AccountBook smith = new AccountBook(SMITH_TAXABLE, Map.of(), dec("0"));
        AccountBook jones = new AccountBook(Fixtures.JONES_TAXABLE, Map.of(), dec("0"));

        assertThatThrownBy(() -> reconciler.reconcile(smith, jones)).isInstanceOf(IllegalArgumentException.class);
    }
}
