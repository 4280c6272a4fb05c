package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.CLOCK;
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
import static io.ballast.ledger.Fixtures.sell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ballast.domain.Allocation;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.domain.Proposal;
import io.ballast.domain.TimeInForce;
import io.ballast.ledger.ExecutionOutcome.Result;
import io.ballast.ledger.testing.Database;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStateMachineTest {
    private DataSource dataSource;
    private OrderBook book;

    private void start(Database database, Proposal... proposals) {
        dataSource = Fixtures.bookWithProposals(database, proposals);
        book = new OrderBook(dataSource, CLOCK);
    }

    private static ExecutionReport report(ClOrdId clOrdId, ClOrdId orig, String execId, String execRefId,
            ExecutionType type, OrderStatus status, String lastQty, String lastPx, String cumQty, String avgPx,
            String leaves) {
        return new ExecutionReport(clOrdId, orig, execId, execRefId, type, status, dec(lastQty), dec(lastPx),
                dec(cumQty), dec(avgPx), dec(leaves), BigDecimal.ZERO, null, CLOCK.instant(), "8=FIX.4.4|35=8|17=" + execId);
    }

    private HouseholdSnapshot smith() {
        return household(dataSource, SMITH);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void blocksOnlyTheTradesOfTheTradeDate(Database database) {
        start(database, smithBuysVxus());

        assertThat(book.createBlocks(TRADE_DATE.plusDays(1))).as("the proposal is for another day").isEmpty();
        assertThat(book.createBlocks(TRADE_DATE)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void limitOrdersArePricedFromTheLatestPriceAndCarryTheirTimeInForce(Database database) {
        start(database, smithBuysVxus(), proposal(Fixtures.JONES, sell(Fixtures.JONES_TAXABLE, VTI, "10", pick("L4", "10"))));

        List<BlockOrder> blocks = book.createBlocks(TRADE_DATE,
                new OrderTerms(OrderType.LIMIT, TimeInForce.GOOD_TILL_CANCEL, dec("25"), false, false));

        // 65.00 + 0.25% = 65.1625 -> 65.17 up for the buy; 300.00 - 0.25% = 299.25 for the sale
        assertThat(blocks).extracting(BlockOrder::security, BlockOrder::type, BlockOrder::limitPrice,
                BlockOrder::timeInForce).containsExactly(
                        tuple(VTI, OrderType.LIMIT, dec("299.25"), TimeInForce.GOOD_TILL_CANCEL),
                        tuple(VXUS, OrderType.LIMIT, dec("65.17"), TimeInForce.GOOD_TILL_CANCEL));
        assertThat(book.unsent()).containsExactlyElementsOf(blocks);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyTransitionIsRecordedAndAnIllegalOneRefused(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.markSending(order);
        book.markSent(order, "8=FIX.4.4|35=D|11=" + order);
        book.apply(report(order, null, "E1", null, ExecutionType.NEW, OrderStatus.NEW, "0", "0", "0", "0", "40"));
        book.apply(report(order, null, "E2", null, ExecutionType.CANCELED, OrderStatus.CANCELED, "0", "0", "0", "0",
                "0"));

        ExecutionOutcome late = book.apply(report(order, null, "E3", null, ExecutionType.TRADE, OrderStatus.FILLED,
                "40", "65.00", "40", "65.00", "0"));

        assertThat(late).isEqualTo(new ExecutionOutcome(order, Result.REFUSED, OrderStatus.CANCELED, true));
        assertThat(book.blotter(TRADE_DATE)).extracting(BlockOrderView::status, BlockOrderView::cumQty)
                .containsExactly(tuple(OrderStatus.CANCELED, dec("0")));
        assertThat(book.events(order)).extracting(OrderEvent::event, OrderEvent::from, OrderEvent::to,
                OrderEvent::applied).containsExactly(
                        tuple("CREATED", OrderStatus.PENDING_NEW, OrderStatus.PENDING_NEW, true),
                        tuple("SENDING", OrderStatus.PENDING_NEW, OrderStatus.PENDING_NEW, true),
                        tuple("SENT", OrderStatus.PENDING_NEW, OrderStatus.PENDING_NEW, true),
                        tuple("NEW", OrderStatus.PENDING_NEW, OrderStatus.NEW, true),
                        tuple("CANCELED", OrderStatus.NEW, OrderStatus.CANCELED, true),
                        tuple("TRADE", OrderStatus.CANCELED, OrderStatus.FILLED, false));
        assertThat(book.events(order).get(2).fixMessage()).isEqualTo("8=FIX.4.4|35=D|11=" + order);
        assertThat(book.events(order).get(5).fixMessage()).contains("17=E3");
        assertThat(book.events(order).get(5).reason()).contains("cannot take an order from CANCELED to FILLED");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anOrderClaimedForSendingIsNeverSentAgainUntilTheCounterpartySaysItNeverHadIt(Database database) {
        start(database, smithBuysVxus());
        BlockOrder order = book.createBlocks(TRADE_DATE).get(0);

        assertThat(book.markSending(order.clOrdId())).isTrue();
        assertThat(book.markSending(order.clOrdId())).as("claimed once").isFalse();
        assertThat(book.unsent()).isEmpty();
        assertThat(book.inDoubt()).containsExactly(order);

        ExecutionOutcome unknown = book.apply(report(order.clOrdId(), null, "S1", null, ExecutionType.ORDER_UNKNOWN,
                OrderStatus.REJECTED, "0", "0", "0", "0", "0"));

        assertThat(unknown.result()).isEqualTo(Result.RESEND);
        assertThat(book.unsent()).containsExactly(order);
        assertThat(book.inDoubt()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSendThatFailedBeforeLeavingFreesTheOrder(Database database) {
        start(database, smithBuysVxus());
        BlockOrder order = book.createBlocks(TRADE_DATE).get(0);
        book.markSending(order.clOrdId());

        book.sendFailed(order.clOrdId(), "not logged on");

        assertThat(book.unsent()).containsExactly(order);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReplaceMovesTheOrderToItsNewClOrdIdAndCancelGoesToTheLatest(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.markSending(order);
        book.apply(report(order, null, "E1", null, ExecutionType.NEW, OrderStatus.NEW, "0", "0", "0", "0", "40"));
        book.apply(report(order, null, "E2", null, ExecutionType.TRADE, OrderStatus.PARTIALLY_FILLED, "10", "65.00",
                "10", "65.00", "30"));
        assertThatThrownBy(() -> book.requestReplace(order, dec("41"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most the 40");

        OrderRequest replace = book.requestReplace(order, dec("30"), dec("65.50"));
        book.apply(report(replace.clOrdId(), order, "E3", null, ExecutionType.REPLACED,
                OrderStatus.PARTIALLY_FILLED, "0", "0", "10", "65.00", "20"));
        book.apply(report(replace.clOrdId(), null, "E4", null, ExecutionType.TRADE, OrderStatus.PARTIALLY_FILLED,
                "5", "65.40", "15", "65.133333", "15"));
        OrderRequest cancel = book.requestCancel(order);
        book.apply(report(cancel.clOrdId(), replace.clOrdId(), "E5", null, ExecutionType.CANCELED,
                OrderStatus.CANCELED, "0", "0", "15", "65.133333", "0"));

        assertThat(replace.origClOrdId()).isEqualTo(order);
        assertThat(replace.order()).extracting(BlockOrder::quantity, BlockOrder::type, BlockOrder::limitPrice)
                .containsExactly(dec("30"), OrderType.LIMIT, dec("65.50"));
        assertThat(cancel.origClOrdId()).as("a cancel names the ClOrdID the order works under")
                .isEqualTo(replace.clOrdId());
        assertThat(book.blotter(TRADE_DATE)).extracting(BlockOrderView::clOrdId, BlockOrderView::quantity,
                BlockOrderView::cumQty, BlockOrderView::status)
                .containsExactly(tuple(order, dec("30"), dec("15"), OrderStatus.CANCELED));
        assertThat(book.allocate(order)).extracting(Allocation::quantity).containsExactly(dec("11"), dec("4"));
        assertThat(book.events(cancel.clOrdId())).extracting(OrderEvent::event).contains("REPLACE_REQUESTED",
                "REPLACED", "CANCEL_REQUESTED", "CANCELED");
        assertThat(List.of(book.orderOf(order, null), book.orderOf(replace.clOrdId(), order),
                book.orderOf(cancel.clOrdId(), replace.clOrdId()), book.orderOf(ClOrdId.of("ELSEWHERE"), order)))
                .as("every ClOrdID of the chain names the order by its original ClOrdID: its reports' message group")
                .containsOnly(Optional.of(order));
        assertThat(book.orderOf(ClOrdId.of("ELSEWHERE"), null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBatchIsAppliedInOrderAndAllocatesTheBlocksItFinishesWithTheirLastReport(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.markSending(List.of(order));
        book.markSent(Map.of(order, "8=FIX.4.4|35=D|11=" + order));

        List<AppliedExecution> applied = book.applyAll(List.of(
                report(order, null, "E1", null, ExecutionType.NEW, OrderStatus.NEW, "0", "0", "0", "0", "40"),
                report(order, null, "E2", null, ExecutionType.TRADE, OrderStatus.PARTIALLY_FILLED, "15", "65.00",
                        "15", "65.00", "25"),
                report(order, null, "E3", null, ExecutionType.TRADE, OrderStatus.FILLED, "25", "65.20", "40",
                        "65.125", "0"),
                report(order, null, "E2", null, ExecutionType.TRADE, OrderStatus.PARTIALLY_FILLED, "15", "65.00",
                        "15", "65.00", "25")));

        assertThat(applied).extracting(a -> a.outcome().result(), AppliedExecution::allocated).containsExactly(
                tuple(Result.APPLIED, false), tuple(Result.APPLIED, false), tuple(Result.APPLIED, true),
                tuple(Result.DUPLICATE, false));
        assertThat(applied.get(2).allocations()).extracting(Allocation::quantity, Allocation::averagePrice)
                .containsExactly(tuple(dec("30"), dec("65.125")), tuple(dec("10"), dec("65.125")));
        assertThat(book.events(order)).extracting(OrderEvent::event).containsExactly("CREATED", "SENDING", "SENT",
                "NEW", "TRADE", "TRADE");
        assertThat(book.blotter(TRADE_DATE)).extracting(BlockOrderView::status, BlockOrderView::allocated)
                .containsExactly(tuple(OrderStatus.FILLED, true));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBlockFilledAndBustedInOneBatchIsLeftUnallocatedAndAFailedBatchChangesNothing(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.markSending(order);
        ExecutionReport fill = report(order, null, "E1", null, ExecutionType.TRADE, OrderStatus.FILLED, "40",
                "65.00", "40", "65.00", "0");
        ExecutionReport bust = report(order, null, "E2", "E1", ExecutionType.TRADE_CANCEL, OrderStatus.NEW, "0", "0",
                "0", "0", "40");
        ExecutionReport unstorable = report(order, null, "E".repeat(65), null, ExecutionType.TRADE,
                OrderStatus.FILLED, "40", "65.00", "40", "65.00", "0");

        assertThatThrownBy(() -> book.applyAll(List.of(fill, unstorable))).isInstanceOf(LedgerException.class);
        assertThat(book.blotter(TRADE_DATE)).as("the fill before the failure is rolled back with it")
                .extracting(BlockOrderView::status, BlockOrderView::cumQty)
                .containsExactly(tuple(OrderStatus.PENDING_NEW, dec("0")));

        assertThat(book.applyAll(List.of(fill, bust))).extracting(AppliedExecution::allocated)
                .containsExactly(false, false);
        assertThat(book.blotter(TRADE_DATE)).extracting(BlockOrderView::status, BlockOrderView::allocated)
                .containsExactly(tuple(OrderStatus.NEW, false));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCancelRejectClosesTheRequestAndIsStored(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(report(order, null, "E1", null, ExecutionType.NEW, OrderStatus.NEW, "0", "0", "0", "0", "40"));
        OrderRequest cancel = book.requestCancel(order);

        assertThat(book.recordReject("broker", "ORDER_CANCEL", "RECEIVED", 7, cancel.clOrdId(), "too late")).isTrue();
        assertThat(book.recordReject("broker", "SESSION", "RECEIVED", 8, null, "bad tag")).isFalse();

        assertThat(book.events(order)).extracting(OrderEvent::event).endsWith("ORDER_CANCEL_REJECT_RECEIVED");
        assertThat(new Transactions(dataSource).<Integer>inTransaction("count", sql -> sql.first(
                "SELECT COUNT(*) FROM fix_reject", rs -> rs.getInt(1)).orElseThrow())).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBustAfterAllocationReversesLotsAndCashAndTheRefillIsAllocatedAgain(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        HouseholdSnapshot before = smith();
        book.apply(report(order, null, "E1", null, ExecutionType.TRADE, OrderStatus.FILLED, "40", "65.00", "40",
                "65.00", "0"));
        book.allocate(order);
        assertThat(smith().cash(SMITH_TAXABLE)).isEqualByComparingTo("-950.00");

        ExecutionOutcome bust = book.apply(report(order, null, "E2", "E1", ExecutionType.TRADE_CANCEL,
                OrderStatus.NEW, "40", "65.00", "0", "0", "40"));

        assertThat(bust).isEqualTo(new ExecutionOutcome(order, Result.APPLIED, OrderStatus.NEW, false));
        assertThat(smith().lots()).containsExactlyElementsOf(before.lots());
        assertThat(smith().cash(SMITH_TAXABLE)).isEqualByComparingTo(before.cash(SMITH_TAXABLE));
        assertThat(smith().cash(SMITH_IRA)).isEqualByComparingTo(before.cash(SMITH_IRA));
        assertThat(book.allocationsOn(TRADE_DATE)).isEmpty();
        assertThat(book.apply(report(order, null, "E2b", "E1", ExecutionType.TRADE_CANCEL, OrderStatus.NEW, "40",
                "65.00", "0", "0", "40")).result()).as("a fill is busted once").isEqualTo(Result.REFUSED);

        book.apply(report(order, null, "E3", null, ExecutionType.TRADE, OrderStatus.FILLED, "40", "66.00", "40",
                "66.00", "0"));
        book.allocate(order);

        assertThat(smith().cash(SMITH_TAXABLE)).isEqualByComparingTo("-980.00");
        assertThat(smith().cash(SMITH_IRA)).isEqualByComparingTo("-160.00");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCorrectionAfterAllocationReallocatesAtTheCorrectedPrice(Database database) {
        start(database, proposal(SMITH, sell(SMITH_TAXABLE, VTI, "120", pick("L2", "50"), pick("L1", "70"))));
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        HouseholdSnapshot before = smith();
        book.apply(report(order, null, "E1", null, ExecutionType.TRADE, OrderStatus.FILLED, "120", "310.00", "120",
                "310.00", "0"));
        book.allocate(order);

        ExecutionOutcome correct = book.apply(report(order, null, "E2", "E1", ExecutionType.TRADE_CORRECT,
                OrderStatus.FILLED, "120", "309.00", "120", "309.00", "0"));

        assertThat(correct.terminal()).isTrue();
        assertThat(smith().lots()).as("the relieved lots are back").containsExactlyElementsOf(before.lots());
        assertThat(smith().cash(SMITH_TAXABLE)).isEqualByComparingTo(before.cash(SMITH_TAXABLE));
        book.allocate(order);
        assertThat(smith().cash(SMITH_TAXABLE)).isEqualByComparingTo(
                before.cash(SMITH_TAXABLE).add(new BigDecimal("37080.00")));
        assertThat(new Transactions(dataSource).<List<String>>inTransaction("gains", sql -> sql.list(
                "SELECT lot_id, proceeds FROM realized_lot ORDER BY lot_id",
                rs -> rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString())))
                .containsExactly("L1 21630.00", "L2 15450.00");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBustOfAReplacementPurchaseUndoesTheWashSaleItMade(Database database) {
        start(database, proposal(SMITH, sell(SMITH_TAXABLE, VTI, "50", pick("L2", "50"))));
        ClOrdId sale = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(report(sale, null, "S1", null, ExecutionType.TRADE, OrderStatus.FILLED, "50", "250.00", "50",
                "250.00", "0"));
        book.allocate(sale);
        new ProposalStore(dataSource, CLOCK).save(new BookLoader(dataSource, CLOCK)
                .load(Fixtures.snapshot(TRADE_DATE, Fixtures.lots(), Fixtures.cash()), "g.csv", "sha2").batchId(),
                proposal(SMITH, buy(SMITH_IRA, VTI, "20")));
        ClOrdId purchase = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        book.apply(report(purchase, null, "P1", null, ExecutionType.TRADE, OrderStatus.FILLED, "20", "251.00", "20",
                "251.00", "0"));
        book.allocate(purchase);
        assertThat(disallowed()).isEqualByComparingTo("200.00");

        book.apply(report(purchase, null, "P2", "P1", ExecutionType.TRADE_CANCEL, OrderStatus.NEW, "20", "251.00",
                "0", "0", "20"));

        assertThat(disallowed()).isEqualByComparingTo("0");
        assertThat(smith().lots()).noneMatch(lot -> lot.id().value().startsWith(purchase.value()));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anAllocatedBlockIsAdvisedUnderItsOwnAllocIdAndTheAnswerRecorded(Database database) {
        start(database, smithBuysVxus());
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        assertThat(book.accountQuantities(order)).containsExactly(Map.entry(SMITH_TAXABLE, dec("30")),
                Map.entry(SMITH_IRA, dec("10")));
        book.apply(report(order, null, "E1", null, ExecutionType.TRADE, OrderStatus.FILLED, "40", "65.00", "40",
                "65.00", "0"));
        AllocationInstructions instructions = new AllocationInstructions(dataSource, CLOCK);
        assertThatThrownBy(() -> instructions.request(order))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not allocated");
        book.allocate(order);

        AllocationAdvice advice = instructions.request(order).orElseThrow();
        instructions.markSent(advice.allocId(), "35=J");

        assertThat(advice.allocId()).isEqualTo("ALLOC-" + order + "-1");
        assertThat(advice.quantity()).isEqualByComparingTo("40");
        assertThat(advice.accounts()).containsExactly(Map.entry(SMITH_TAXABLE, dec("30")),
                Map.entry(SMITH_IRA, dec("10")));
        assertThat(instructions.status(advice.allocId())).contains("REQUESTED");
        assertThat(instructions.answered(advice.allocId(), true, "")).isTrue();
        assertThat(instructions.answered("ALLOC-NOPE", true, "")).isFalse();
        assertThat(instructions.status(advice.allocId())).contains("ACCEPTED");
        assertThat(instructions.request(order).orElseThrow().allocId()).endsWith("-2");
    }

    private BigDecimal disallowed() {
        return new Transactions(dataSource).inTransaction("disallowed", sql -> sql.first(
                "SELECT COALESCE(SUM(disallowed_loss), 0) FROM realized_lot", rs -> rs.getBigDecimal(1)).orElseThrow());
    }
}
