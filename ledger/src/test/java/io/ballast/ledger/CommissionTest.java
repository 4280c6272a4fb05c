package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.SMITH;
import static io.ballast.ledger.Fixtures.SMITH_IRA;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.TRADE_DATE;
import static io.ballast.ledger.Fixtures.VTI;
import static io.ballast.ledger.Fixtures.dec;
import static io.ballast.ledger.Fixtures.household;
import static io.ballast.ledger.Fixtures.pick;
import static io.ballast.ledger.Fixtures.proposal;
import static io.ballast.ledger.Fixtures.sell;
import static io.ballast.ledger.Fixtures.smithBuysVxus;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.AccountId;
import io.ballast.domain.Allocation;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.Proposal;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.testing.Database;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Commissions from the fills through the block and the allocation into lots, cash and realised gains. */
class CommissionTest {
    private DataSource dataSource;
    private OrderBook book;

    private void start(Database database, Proposal proposal) {
        dataSource = Fixtures.bookWithProposals(database, proposal);
        book = new OrderBook(dataSource, CLOCK);
    }

    private static ExecutionReport fill(ClOrdId order, String execId, String execRefId, ExecutionType type,
            OrderStatus status, String lastQty, String lastPx, String cumQty, String avgPx, String leaves,
            String commission) {
        return new ExecutionReport(order, null, execId, execRefId, type, status, dec(lastQty), dec(lastPx),
                dec(cumQty), dec(avgPx), dec(leaves), dec(commission), null, CLOCK.instant(), null);
    }

    private HouseholdSnapshot smith() {
        return household(dataSource, SMITH);
    }

    private TaxLot boughtLot(ClOrdId order, AccountId account) {
        return smith().lots().stream().filter(lot -> lot.id().equals(AllocationPosting.boughtLot(order, account)))
                .findFirst().orElseThrow();
    }

    /** 25 @ 65.00 charged 0.13 and 15 @ 65.20 charged 0.08: 40 @ 65.075, 0.21 of commission. */
    private ClOrdId boughtInTwoFills() {
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(fill(order, "E1", null, ExecutionType.TRADE, OrderStatus.PARTIALLY_FILLED, "25", "65.00", "25",
                "65.00", "15", "0.13"));
        book.apply(fill(order, "E2", null, ExecutionType.TRADE, OrderStatus.FILLED, "15", "65.20", "40", "65.075",
                "0", "0.08"));
        return order;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBuysCommissionIsSplitProRataIntoEachLotsBasisAndTheCashSpent(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = boughtInTwoFills();

        List<Allocation> allocations = book.allocate(order);

        // 30 and 10 of 40: 0.21 × 30/40 = 0.1575, 0.16 to the cent; the IRA gets the rest, 0.05
        assertThat(allocations).extracting(Allocation::commission).containsExactly(dec("0.16"), dec("0.05"));
        assertThat(boughtLot(order, SMITH_TAXABLE).costBasis()).isEqualTo("1952.41"); // 30 × 65.075 + 0.16
        assertThat(boughtLot(order, SMITH_IRA).costBasis()).isEqualTo("650.80"); // 10 × 65.075 + 0.05
        assertThat(smith().cash(SMITH_TAXABLE)).isEqualByComparingTo("-952.41");
        assertThat(smith().cash(SMITH_IRA)).isEqualByComparingTo("-150.80");
        TradeBlotter.Line line = new TradeBlotter(book, dataSource).on(TRADE_DATE).get(0);
        assertThat(line.order().commission()).isEqualTo("0.21");
        assertThat(line.executions()).extracting(TradeBlotter.Execution::commission)
                .containsExactly(dec("0.13"), dec("0.08"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSalesProceedsAndEachLotsGainAreNetOfItsShareOfTheCommission(Database database) {
        start(database, proposal(SMITH, sell(SMITH_TAXABLE, VTI, "120", pick("L2", "50"), pick("L1", "70"))));
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(fill(order, "E1", null, ExecutionType.TRADE, OrderStatus.FILLED, "120", "310.00", "120",
                "310.00", "0", "0.07"));

        book.allocate(order);

        // 37,200.00 less 0.07; L2's 50 of 120 carry 0.029.., 0.03 to the cent, L1's 70 the remaining 0.04
        assertThat(smith().cash(SMITH_TAXABLE)).isEqualByComparingTo("38199.93");
        assertThat(new Transactions(dataSource).<List<String>>inTransaction("gains", sql -> sql.list(
                "SELECT lot_id, proceeds, basis, gain, term FROM realized_lot ORDER BY lot_id",
                rs -> rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString() + " "
                        + rs.getBigDecimal(3).toPlainString() + " " + rs.getBigDecimal(4).toPlainString() + " "
                        + rs.getString(5))))
                .containsExactly("L1 21699.96 14000.00 7699.96 LONG", "L2 15499.97 13000.00 2499.97 SHORT");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCorrectionGivesBackWhatWasPostedAndTheBlockIsAllocatedAgainWithItsNewCommission(Database database) {
        start(database, smithBuysVxus());
        HouseholdSnapshot before = smith();
        ClOrdId order = boughtInTwoFills();
        book.allocate(order);

        // E2 corrected to 65.40, charged 0.10: 40 @ 65.15, 0.23 of commission
        book.apply(fill(order, "E3", "E2", ExecutionType.TRADE_CORRECT, OrderStatus.FILLED, "15", "65.40", "40",
                "65.15", "0", "0.10"));

        assertThat(smith().lots()).containsExactlyElementsOf(before.lots());
        assertThat(smith().cash(SMITH_TAXABLE)).isEqualByComparingTo(before.cash(SMITH_TAXABLE));
        assertThat(smith().cash(SMITH_IRA)).isEqualByComparingTo(before.cash(SMITH_IRA));
        assertThat(book.blotter(TRADE_DATE).get(0).commission()).isEqualTo("0.23");

        List<Allocation> again = book.allocate(order);

        assertThat(again).extracting(Allocation::commission).containsExactly(dec("0.17"), dec("0.06"));
        assertThat(boughtLot(order, SMITH_TAXABLE).costBasis()).isEqualTo("1954.67"); // 30 × 65.15 + 0.17
        assertThat(smith().cash(SMITH_IRA)).isEqualByComparingTo("-151.56"); // 500 - (10 × 65.15 + 0.06)
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBustGivesBackWhatWasPostedAndTakesItsFillsCommissionOffTheBlock(Database database) {
        start(database, smithBuysVxus());
        HouseholdSnapshot before = smith();
        ClOrdId order = boughtInTwoFills();
        book.allocate(order);

        book.apply(fill(order, "E3", "E1", ExecutionType.TRADE_CANCEL, OrderStatus.PARTIALLY_FILLED, "25", "65.00",
                "15", "65.20", "25", "0"));

        assertThat(smith().lots()).containsExactlyElementsOf(before.lots());
        assertThat(smith().cash(SMITH_TAXABLE)).isEqualByComparingTo(before.cash(SMITH_TAXABLE));
        assertThat(smith().cash(SMITH_IRA)).isEqualByComparingTo(before.cash(SMITH_IRA));
        assertThat(book.blotter(TRADE_DATE).get(0).commission()).isEqualTo("0.08");
    }
}
