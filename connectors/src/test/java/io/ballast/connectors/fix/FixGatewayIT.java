package io.ballast.connectors.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.ballast.connectors.fix.simulator.FixSimulator;
import io.ballast.connectors.fix.simulator.SimulatorConfig;
import io.ballast.connectors.fix.simulator.SimulatorSession;
import io.ballast.domain.AccountId;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TimeInForce;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway against the simulator over a loopback socket, one session in FIX 4.2 and one in 4.4. */
class FixGatewayIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-13T14:30:00Z"), ZoneOffset.UTC);
    private static final Map<String, BigDecimal> PRICES = Map.of("VTI", new BigDecimal("262.10"), "AAPL",
            new BigDecimal("213.49"));
    private static final BigDecimal MAX_VARIATION = new BigDecimal("0.05");
    private static final AtomicInteger ORDER_NUMBERS = new AtomicInteger();

    @TempDir
    static Path dataDirectory;
    static FixSimulator simulator;
    static FixGateway gateway;
    static RecordingListener listener;

    @BeforeAll
    static void startCounterpartyAndGateway() {
        simulator = new FixSimulator(new SimulatorConfig(0,
                List.of(new SimulatorSession("FIX.4.2", "SIM42", "BALLAST42"),
                        new SimulatorSession("FIX.4.4", "SIM44", "BALLAST44")),
                PRICES::get, 3, 7L, Set.of("BANNED"), dataDirectory.resolve("simulator"), CLOCK));
        simulator.start();
        listener = new RecordingListener();
        FixMessageStore store = FixMessageStore.files(dataDirectory.resolve("fix-store"));
        gateway = new FixGateway(List.of(
                new FixSessionConfig("broker42", "FIX.4.2", "BALLAST42", "SIM42", "localhost", simulator.port(), 30,
                        true, store, 1),
                new FixSessionConfig("broker44", "FIX.4.4", "BALLAST44", "SIM44", "localhost", simulator.port(), 30,
                        true, store, 1)),
                listener, CLOCK);
        listener.gateway.set(gateway);
        gateway.start();
        assertThat(gateway.awaitLogon("broker42", WAIT)).isTrue();
        assertThat(gateway.awaitLogon("broker44", WAIT)).isTrue();
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void logsOnToEverySessionOnOnePort() {
        assertThat(listener.sessionEvents).contains("broker42:logon", "broker44:logon");
        assertThat(gateway.status()).extracting(FixSessionStatus::name, FixSessionStatus::beginString,
                FixSessionStatus::loggedOn).containsExactly(
                        tuple("broker42", "FIX.4.2", true),
                        tuple("broker44", "FIX.4.4", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void marketOrderFillsInPartialFillsThatAddUp(String session) {
        ClOrdId clOrdId = nextClOrdId();
        gateway.send(session, market(clOrdId, "VTI", Side.BUY, "300"));

        List<ExecutionReport> reports = awaitExecutions(clOrdId, 4);

        assertThat(reports.get(0).type()).isEqualTo(ExecutionType.NEW);
        assertThat(reports.get(0).status()).isEqualTo(OrderStatus.NEW);
        List<ExecutionReport> fills = reports.subList(1, 4);
        assertThat(fills).extracting(ExecutionReport::type).containsOnly(ExecutionType.TRADE);
        assertThat(fills).extracting(ExecutionReport::status).containsExactly(OrderStatus.PARTIALLY_FILLED,
                OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED);
        assertThat(reports).extracting(ExecutionReport::execId).doesNotHaveDuplicates();
        BigDecimal filled = fills.stream().map(ExecutionReport::lastQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(filled).isEqualByComparingTo("300");
        BigDecimal notional = fills.stream().map(fill -> fill.lastQuantity().multiply(fill.lastPrice()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        ExecutionReport last = fills.get(2);
        assertThat(last.cumulativeQuantity()).isEqualByComparingTo("300");
        assertThat(last.leavesQuantity()).isEqualByComparingTo("0");
        assertThat(last.averagePrice()).isEqualByComparingTo(notional.divide(filled, 6, RoundingMode.HALF_EVEN));
        assertThat(fills).allSatisfy(fill -> {
            assertThat(fill.lastPrice().subtract(PRICES.get("VTI")).abs()).isLessThanOrEqualTo(MAX_VARIATION);
            assertThat(fill.transactTime()).isEqualTo(CLOCK.instant());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void refusedAndUnknownSymbolsAreRejected(String session) {
        ClOrdId refused = nextClOrdId();
        ClOrdId unknown = nextClOrdId();
        gateway.send(session, market(refused, "BANNED", Side.SELL, "10"));
        gateway.send(session, market(unknown, "NOSUCH", Side.BUY, "10"));

        ExecutionReport refusal = awaitExecutions(refused, 1).get(0);
        ExecutionReport unknownSymbol = awaitExecutions(unknown, 1).get(0);

        assertThat(refusal.type()).isEqualTo(ExecutionType.REJECTED);
        assertThat(refusal.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(refusal.text()).isEqualTo("symbol BANNED is not accepted");
        assertThat(unknownSymbol.type()).isEqualTo(ExecutionType.REJECTED);
        assertThat(unknownSymbol.text()).isEqualTo("unknown symbol NOSUCH");
        assertThat(unknownSymbol.cumulativeQuantity()).isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void executionsOfUnknownOrdersAreAnsweredWithDontKnowTrade(String session) {
        ClOrdId stranger = nextClOrdId();
        listener.unknownOrders.add(stranger);
        gateway.send(session, market(stranger, "AAPL", Side.BUY, "30"));

        List<String> execIds = awaitExecutions(stranger, 4).stream().map(ExecutionReport::execId).toList();

        await().atMost(WAIT).until(() -> simulator.dontKnowTradeExecIds().containsAll(execIds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void statusCountsTheMessagesEachWay(String session) {
        FixSessionStatus before = status(session);
        ClOrdId clOrdId = nextClOrdId();
        gateway.send(session, market(clOrdId, "VTI", Side.SELL, "9"));
        awaitExecutions(clOrdId, 4);

        FixSessionStatus after = status(session);

        assertThat(after.loggedOn()).isTrue();
        assertThat(after.nextSenderSeqNum()).isEqualTo(before.nextSenderSeqNum() + 1);
        assertThat(after.nextTargetSeqNum()).isEqualTo(before.nextTargetSeqNum() + 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void restingLimitOrderIsCanceledAndASecondCancelIsRejected(String session) {
        ClOrdId clOrdId = nextClOrdId();
        BlockOrder order = new BlockOrder(clOrdId, SecurityId.of("VTI"), Side.BUY, new BigDecimal("50"),
                OrderType.LIMIT, new BigDecimal("100.00"), TimeInForce.DAY);
        gateway.send(session, order);
        awaitExecutions(clOrdId, 1);

        ClOrdId cancelId = nextClOrdId();
        gateway.cancel(session, cancelId, order);
        ExecutionReport canceled = awaitExecutions(clOrdId, 2).get(1);

        assertThat(canceled.type()).isEqualTo(ExecutionType.CANCELED);
        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(canceled.leavesQuantity()).isEqualByComparingTo("0");
        assertThat(canceled.cumulativeQuantity()).isEqualByComparingTo("0");

        ClOrdId secondCancel = nextClOrdId();
        gateway.cancel(session, secondCancel, order);
        await().atMost(WAIT).until(() -> listener.rejects.stream()
                .anyMatch(rejected -> secondCancel.equals(rejected.reject().clOrdId())));
        FixReject reject = listener.rejects.stream().map(RecordingListener.Rejected::reject)
                .filter(rejected -> secondCancel.equals(rejected.clOrdId())).findFirst().orElseThrow();
        assertThat(reject.kind()).isEqualTo(FixReject.Kind.ORDER_CANCEL);
        assertThat(reject.direction()).isEqualTo(FixReject.Direction.RECEIVED);
        assertThat(reject.text()).isEqualTo("order " + clOrdId + " is done");
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void aRestingLimitOrderReplacedWithAMarketableLimitFillsUnderItsNewClOrdId(String session) {
        ClOrdId clOrdId = nextClOrdId();
        BlockOrder order = new BlockOrder(clOrdId, SecurityId.of("VTI"), Side.BUY, new BigDecimal("50"),
                OrderType.LIMIT, new BigDecimal("100.00"), TimeInForce.GOOD_TILL_CANCEL);
        String sent = gateway.send(session, order);
        awaitExecutions(clOrdId, 1);

        ClOrdId replaceId = nextClOrdId();
        String replaceSent = gateway.replace(session, clOrdId,
                order.replacedBy(replaceId, new BigDecimal("40"), new BigDecimal("300.00")));

        ExecutionReport replaced = awaitExecutions(clOrdId, 2).get(1);
        assertThat(replaced.type()).isEqualTo(ExecutionType.REPLACED);
        assertThat(replaced.clOrdId()).isEqualTo(replaceId);
        assertThat(replaced.origClOrdId()).isEqualTo(clOrdId);
        await().atMost(WAIT).until(() -> listener.executionsOf(replaceId).stream()
                .anyMatch(report -> report.status() == OrderStatus.FILLED));
        ExecutionReport last = listener.executionsOf(replaceId).get(listener.executionsOf(replaceId).size() - 1);
        assertThat(last.cumulativeQuantity()).isEqualByComparingTo("40");
        assertThat(last.clOrdId()).isEqualTo(replaceId);
        assertThat(sent).contains("|35=D|").contains("|59=1|").contains("|44=100.00|");
        assertThat(replaceSent).contains("|35=G|").contains("|41=" + clOrdId + "|").contains("|38=40|");
        assertThat(replaced.source()).contains("|35=8|").contains("|11=" + replaceId + "|");
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void aPreAllocatedOrderIsAdvisedAfterItsFillsAndTheCounterpartyAcknowledges(String session) {
        ClOrdId clOrdId = nextClOrdId();
        BlockOrder order = market(clOrdId, "VTI", Side.BUY, "30");
        Map<AccountId, BigDecimal> accounts = Map.of(AccountId.of("S-100"), new BigDecimal("20"),
                AccountId.of("S-200"), new BigDecimal("10"));
        String sent = gateway.send(session, order, accounts);
        await().atMost(WAIT).until(() -> listener.executionsOf(clOrdId).stream()
                .anyMatch(report -> report.status() == OrderStatus.FILLED));

        Map<AccountId, BigDecimal> commissions = Map.of(AccountId.of("S-100"), new BigDecimal("0.10"),
                AccountId.of("S-200"), new BigDecimal("0.05"));
        String advised = gateway.allocationInstruction(session, "ALLOC-" + clOrdId, order, LocalDate.of(2026, 3, 13),
                new BigDecimal("30"), new BigDecimal("262.10"), accounts, commissions);
        gateway.allocationInstruction(session, "ALLOC-" + clOrdId + "-BAD", order, LocalDate.of(2026, 3, 13),
                new BigDecimal("31"), new BigDecimal("262.10"), accounts, Map.of());

        String accepted = "ALLOC-" + clOrdId + " ";
        String refused = "ALLOC-" + clOrdId + "-BAD ";
        await().atMost(WAIT).until(() -> listener.allocationAcks.stream()
                .filter(ack -> ack.startsWith(accepted) || ack.startsWith(refused)).count() == 2);
        assertThat(listener.allocationAcks).filteredOn(ack -> ack.startsWith(accepted) || ack.startsWith(refused))
                .containsExactly("ALLOC-" + clOrdId + " accepted",
                "ALLOC-" + clOrdId + "-BAD rejected: accounts' shares 30 do not add up to the quantity 31");
        assertThat(sent).contains("|78=2|79=S-100|80=20|79=S-200|80=10|");
        assertThat(advised).contains("|35=J|", "|70=ALLOC-" + clOrdId + "|", "|73=1|11=" + clOrdId + "|",
                "|75=20260313|", "|78=2|79=S-100|80=20|12=0.10|13=3|79=S-200|80=10|12=0.05|13=3|");
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void aStatusRequestIsAnsweredWithTheOrdersStateOrUnknownOrder(String session) {
        ClOrdId clOrdId = nextClOrdId();
        BlockOrder order = market(clOrdId, "VTI", Side.BUY, "30");
        gateway.send(session, order);
        await().atMost(WAIT).until(() -> listener.executionsOf(clOrdId).stream()
                .anyMatch(report -> report.status() == OrderStatus.FILLED));
        int before = listener.executionsOf(clOrdId).size();

        gateway.requestStatus(session, order);
        ClOrdId neverSent = nextClOrdId();
        gateway.requestStatus(session, market(neverSent, "VTI", Side.BUY, "30"));

        ExecutionReport status = awaitExecutions(clOrdId, before + 1).get(before);
        assertThat(status.type()).isEqualTo(ExecutionType.ORDER_STATUS);
        assertThat(status.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(status.cumulativeQuantity()).isEqualByComparingTo("30");
        ExecutionReport unknown = awaitExecutions(neverSent, 1).get(0);
        assertThat(unknown.type()).isEqualTo(ExecutionType.ORDER_UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"broker42", "broker44"})
    void executionTheListenerFailsOnIsResentAndDeliveredOnce(String session) {
        ClOrdId clOrdId = nextClOrdId();
        listener.failedExecIds.clear();
        listener.failOnceOrders.add(clOrdId);
        gateway.send(session, market(clOrdId, "VTI", Side.BUY, "60"));

        List<ExecutionReport> reports = awaitExecutions(clOrdId, 4);

        assertThat(listener.failedExecIds).hasSize(1);
        assertThat(reports).extracting(ExecutionReport::execId).doesNotHaveDuplicates()
                .contains(listener.failedExecIds.get(0));
        assertThat(reports.stream().map(ExecutionReport::lastQuantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("60");
        assertThat(status(session).loggedOn()).isTrue();
    }

    @Test
    void sendingToAnUnknownSessionFailsClearly() {
        assertThatThrownBy(() -> gateway.send("nobody", market(nextClOrdId(), "VTI", Side.BUY, "1")))
                .isInstanceOf(FixSendException.class)
                .hasMessage("unknown FIX session 'nobody'; configured: [broker42, broker44]");
    }

    @Test
    void dontKnowTradeOfAnExecutionNeverSeenFailsClearly() {
        ExecutionReport invented = new ExecutionReport(ClOrdId.of("X"), null, "NEVER-SEEN", null,
                ExecutionType.TRADE, OrderStatus.FILLED, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.ZERO, BigDecimal.ZERO, null, CLOCK.instant(), null);

        assertThatThrownBy(() -> gateway.dontKnowTrade("broker44", invented, "unknown"))
                .isInstanceOf(FixSendException.class).hasMessageContaining("no execution NEVER-SEEN");
    }

    private static List<ExecutionReport> awaitExecutions(ClOrdId clOrdId, int count) {
        await().atMost(WAIT).until(() -> listener.executionsOf(clOrdId).size() >= count);
        return listener.executionsOf(clOrdId);
    }

    private static FixSessionStatus status(String session) {
        return gateway.status().stream().filter(status -> status.name().equals(session)).findFirst().orElseThrow();
    }

    private static ClOrdId nextClOrdId() {
        return ClOrdId.of("IT-" + ORDER_NUMBERS.incrementAndGet());
    }

    private static BlockOrder market(ClOrdId clOrdId, String symbol, Side side, String quantity) {
        return new BlockOrder(clOrdId, SecurityId.of(symbol), side, new BigDecimal(quantity), OrderType.MARKET, null, TimeInForce.DAY);
    }
}
