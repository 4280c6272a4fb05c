package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.JONES;
import static io.ballast.ledger.Fixtures.JONES_TAXABLE;
import static io.ballast.ledger.Fixtures.SMITH;
import static io.ballast.ledger.Fixtures.SMITH_IRA;
import static io.ballast.ledger.Fixtures.SMITH_TAXABLE;
import static io.ballast.ledger.Fixtures.TRADE_DATE;
import static io.ballast.ledger.Fixtures.VTI;
import static io.ballast.ledger.Fixtures.VXUS;
import static io.ballast.ledger.Fixtures.buy;
import static io.ballast.ledger.Fixtures.dec;
import static io.ballast.ledger.Fixtures.household;
import static io.ballast.ledger.Fixtures.pick;
import static io.ballast.ledger.Fixtures.proposal;
import static io.ballast.ledger.Fixtures.smithBuysVxus;
import static io.ballast.ledger.Fixtures.report;
import static io.ballast.ledger.Fixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ballast.domain.Allocation;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.domain.Proposal;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.ExecutionOutcome.Result;
import io.ballast.ledger.testing.Database;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderBookTest {
    private DataSource dataSource;
    private OrderBook book;

    private void start(Database database, Proposal... proposals) {
        dataSource = Fixtures.bookWithProposals(database, proposals);
        book = new OrderBook(dataSource, CLOCK);
    }

    private static Proposal jonesBuysVxusAndSellsVti() {
        return proposal(JONES, buy(JONES_TAXABLE, VXUS, "20"), sell(JONES_TAXABLE, VTI, "10", pick("L4", "10")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aggregatesApprovedTradesIntoBlocksOnce(Database database) {
        start(database, smithBuysVxus(), jonesBuysVxusAndSellsVti());

        List<BlockOrder> blocks = book.createBlocks(TRADE_DATE);

        assertThat(blocks).extracting(BlockOrder::security, BlockOrder::side, BlockOrder::quantity, BlockOrder::type)
                .containsExactly(
                        tuple(VTI, Side.SELL, dec("10"), OrderType.MARKET),
                        tuple(VXUS, Side.BUY, dec("60"), OrderType.MARKET));
        assertThat(blocks).extracting(block -> block.clOrdId().value()).allMatch(id -> id.matches("BAL-20261125-\\d{6}"));
        assertThat(book.createBlocks(TRADE_DATE)).as("nothing is blocked twice").isEmpty();
        assertThat(book.unsent()).containsExactlyElementsOf(blocks);
        assertThat(book.blotter(TRADE_DATE)).extracting(BlockOrderView::status).containsOnly(OrderStatus.PENDING_NEW);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void markSentTakesAnOrderOffTheResendList(Database database) {
        start(database, smithBuysVxus(), jonesBuysVxusAndSellsVti());
        List<BlockOrder> blocks = book.createBlocks(TRADE_DATE);

        book.markSent(blocks.get(0).clOrdId(), "35=D");

        assertThat(book.unsent()).containsExactly(blocks.get(1));
        assertThatThrownBy(() -> book.markSent(ClOrdId.of("BAL-NOPE"), "35=D"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void appliesExecutionsOnceAndIgnoresUnknownOrders(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();

        ExecutionOutcome acked = book.apply(report(order, "E1", ExecutionType.NEW, OrderStatus.NEW, "0", "0", "0", "0",
                "40"));
        ExecutionOutcome partial = book.apply(report(order, "E2", ExecutionType.TRADE, OrderStatus.PARTIALLY_FILLED,
                "15", "65.10", "15", "65.10", "25"));
        ExecutionOutcome duplicate = book.apply(report(order, "E2", ExecutionType.TRADE,
                OrderStatus.PARTIALLY_FILLED, "15", "65.10", "15", "65.10", "25"));
        ExecutionOutcome unknown = book.apply(report(ClOrdId.of("BAL-20261125-999999"), "E9", ExecutionType.TRADE,
                OrderStatus.FILLED, "1", "1", "1", "1", "0"));
        ExecutionOutcome done = book.apply(report(order, "E3", ExecutionType.DONE_FOR_DAY, OrderStatus.DONE_FOR_DAY,
                "0", "0", "15", "65.10", "0"));

        assertThat(acked).isEqualTo(new ExecutionOutcome(order, Result.APPLIED, OrderStatus.NEW, false));
        assertThat(partial).isEqualTo(new ExecutionOutcome(order, Result.APPLIED, OrderStatus.PARTIALLY_FILLED, false));
        assertThat(duplicate).isEqualTo(new ExecutionOutcome(order, Result.DUPLICATE, OrderStatus.PARTIALLY_FILLED,
                false));
        assertThat(unknown.result()).isEqualTo(Result.UNKNOWN_ORDER);
        assertThat(done).isEqualTo(new ExecutionOutcome(order, Result.APPLIED, OrderStatus.DONE_FOR_DAY, true));
        assertThat(book.blotter(TRADE_DATE)).containsExactly(new BlockOrderView(order, VXUS, Side.BUY, dec("40"),
                dec("15"), dec("65.1"), dec("0.00"), OrderStatus.DONE_FOR_DAY, false));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void allocatesAPartialFillProRataAndOpensLots(Database database) {
        start(database, smithBuysVxus(), jonesBuysVxusAndSellsVti());
        BlockOrder vxus = book.createBlocks(TRADE_DATE).get(1);
        ClOrdId order = vxus.clOrdId();
        book.apply(report(order, "E1", ExecutionType.TRADE, OrderStatus.PARTIALLY_FILLED, "25", "65.00", "25", "65.00",
                "35"));
        assertThatThrownBy(() -> book.allocate(order)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PARTIALLY_FILLED");
        book.apply(report(order, "E2", ExecutionType.TRADE, OrderStatus.PARTIALLY_FILLED, "20", "66.20", "45", "65.5333",
                "15"));
        book.apply(report(order, "E3", ExecutionType.CANCELED, OrderStatus.CANCELED, "0", "0", "45", "65.5333", "0"));

        List<Allocation> allocations = book.allocate(order);

        // 45 of 60 = 75%: J-100 asked 20 -> 15, S-100 30 -> 22.5, S-200 10 -> 7.5; the spare share goes by rotation
        assertThat(allocations).extracting(Allocation::account, Allocation::quantity).containsExactly(
                tuple(JONES_TAXABLE, dec("15")),
                tuple(SMITH_TAXABLE, rotationFavoursSmithTaxable(order) ? dec("23")
                        : dec("22")),
                tuple(SMITH_IRA, rotationFavoursSmithTaxable(order) ? dec("7")
                        : dec("8")));
        assertThat(allocations).extracting(Allocation::averagePrice).containsOnly(dec("65.5333"));
        assertThat(book.allocate(order)).as("allocating again returns the same")
                .containsExactlyElementsOf(allocations);
        HouseholdSnapshot jones = household(dataSource, JONES);
        assertThat(jones.lots()).filteredOn(lot -> lot.security().equals(VXUS)).singleElement()
                .isEqualTo(new TaxLot(LotId.of(order + "-J-100"), JONES_TAXABLE, VXUS, dec("15"),
                        dec("983.00"), TRADE_DATE));
        assertThat(jones.cash(JONES_TAXABLE)).isEqualByComparingTo("1017.00");
        assertThat(jones.recentTrades()).containsExactly(new RecentTrade(JONES_TAXABLE, VXUS, Side.BUY, TRADE_DATE,
                dec("15"), dec("0.00")));
        assertThat(book.allDone(TRADE_DATE)).as("the VTI block is still open").isFalse();
    }

    /** Both Smith accounts are owed half a share; the block's sequence number decides whose turn it is. */
    private static boolean rotationFavoursSmithTaxable(ClOrdId order) {
        long sequence = Long.parseLong(order.value().substring(order.value().lastIndexOf('-') + 1));
        // accounts in ClOrdID order J-100 (0), S-100 (1), S-200 (2): the rotation starts at sequence mod 3
        long start = sequence % 3;
        return Math.floorMod(1 - start, 3) < Math.floorMod(2 - start, 3);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSaleRelievesThePickedLotsAndRecordsGainsByTerm(Database database) {
        start(database, proposal(SMITH, sell(SMITH_TAXABLE, VTI, "120", pick("L2", "50"), pick("L1", "70"))));
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(Fixtures.filled(order, dec("120"), "310.00"));

        List<Allocation> allocations = book.allocate(order);

        assertThat(allocations).containsExactly(new Allocation(order, SMITH_TAXABLE, VTI, Side.SELL, dec("120"),
                dec("310"), dec("0.00")));
        HouseholdSnapshot smith = household(dataSource, SMITH);
        // L2 (50 @ 260, bought 2026-06-01) closes whole, short term; L1 (100 @ 200, 2024) gives up 70, long term
        assertThat(smith.lots()).filteredOn(lot -> lot.account().equals(SMITH_TAXABLE)).containsExactly(
                Fixtures.lot("L1", SMITH_TAXABLE, VTI, "30", "6000.00", "2024-01-10"));
        assertThat(smith.recentTrades()).containsExactlyInAnyOrder(
                new RecentTrade(SMITH_TAXABLE, VTI, Side.SELL, TRADE_DATE, dec("50"), dec("2500.00")),
                new RecentTrade(SMITH_TAXABLE, VTI, Side.SELL, TRADE_DATE, dec("70"), dec("7700.00")));
        assertThat(smith.cash(SMITH_TAXABLE)).isEqualByComparingTo("38200.00");
        assertThat(terms(dataSource)).containsExactly("L1 LONG 7700.00", "L2 SHORT 2500.00");
        assertThat(book.allDone(TRADE_DATE)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSaleWhosePicksNoLongerCoverItRelievesTheRestFifo(Database database) {
        start(database, proposal(SMITH, sell(SMITH_TAXABLE, VTI, "120", pick("GONE", "100"), pick("L2", "20"))));
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(Fixtures.filled(order, dec("120"), "300.00"));

        book.allocate(order);

        // L2 gives its 20 picked shares, then the oldest lot (L1) the other 100
        assertThat(household(dataSource, SMITH).lots())
                .filteredOn(lot -> lot.account().equals(SMITH_TAXABLE))
                .containsExactly(Fixtures.lot("L2", SMITH_TAXABLE, VTI, "30", "7800.00", "2026-06-01"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRejectedBlockAllocatesNothingAndIsDone(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(report(order, "E1", ExecutionType.REJECTED, OrderStatus.REJECTED, "0", "0", "0", "0", "0"));

        assertThat(book.allocate(order)).isEmpty();
        assertThat(book.allDone(TRADE_DATE)).isTrue();
        assertThat(book.blotter(TRADE_DATE)).extracting(BlockOrderView::allocated).containsExactly(true);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theDayIsNotDoneWhileApprovedTradesWaitToBeBlocked(Database database) {
        start(database, smithBuysVxus());

        assertThat(book.allDone(TRADE_DATE)).isFalse();
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(Fixtures.filled(order, dec("40"), "65.00"));
        List<Allocation> allocations = book.allocate(order);

        assertThat(book.allDone(TRADE_DATE)).isTrue();
        assertThat(book.allocationsOn(TRADE_DATE)).containsExactlyElementsOf(allocations)
                .extracting(Allocation::quantity).containsExactly(dec("30"), dec("10"));
        assertThat(book.allocationsOn(TRADE_DATE.plusDays(1))).isEmpty();
    }

    private static List<String> terms(DataSource dataSource) {
        return new Transactions(dataSource).inTransaction("terms", sql -> sql.list(
                "SELECT lot_id, term, gain FROM realized_lot ORDER BY lot_id",
                rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getBigDecimal(3).toPlainString()));
    }
}
