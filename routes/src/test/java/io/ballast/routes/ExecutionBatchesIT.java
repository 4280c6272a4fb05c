package io.ballast.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.connectors.fix.FixGateway;
import io.ballast.connectors.fix.FixMessageStore;
import io.ballast.connectors.fix.FixSessionConfig;
import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.CashBalance;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.Explanation;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.Price;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.ledger.AllocationInstructions;
import io.ballast.ledger.BookLoader;
import io.ballast.ledger.OrderBook;
import io.ballast.ledger.OrderEvent;
import io.ballast.ledger.OrderTerms;
import io.ballast.ledger.ProposalStore;
import io.ballast.ledger.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Execution reports of many orders, interleaved on the queue, are applied by the batch consumers with each order's
 * reports in the order they were queued: no report of an order is applied before an earlier one.
 */
class ExecutionBatchesIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TRADE_DATE = LocalDate.of(2026, 3, 2);
    private static final AccountId ACCOUNT = AccountId.of("A-1");
    private static final HouseholdId HOUSEHOLD = HouseholdId.of("H-1");
    private static final int ORDERS = 40;

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private CamelContext camel;
    private FixGateway gateway;

    @BeforeEach
    void startBroker() throws Exception {
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://0"));
        broker.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.stop();
        }
        if (gateway != null) {
            gateway.close();
        }
        broker.stop();
    }

    @Test
    void eachOrdersReportsAreAppliedInTheOrderTheyWereQueued() throws Exception {
        DataSource ledger = TestDatabases.h2();
        OrderBook book = new OrderBook(ledger, CLOCK);
        List<BlockOrder> orders = sentOrders(ledger, book);
        camel = new DefaultCamelContext();
        JmsComponent jms = JmsComponent.jmsComponent(new ActiveMQConnectionFactory("vm://0"));
        jms.getConfiguration().setLazyCreateTransactionManager(false);
        camel.addComponent("jms", jms);
        FixEventsToBroker toBroker = new FixEventsToBroker(camel.createProducerTemplate(), book);
        // never started: the reports are of known orders, so nothing is sent back
        gateway = new FixGateway(List.of(new FixSessionConfig("broker", "FIX.4.4", "AGENT", "SIM", "localhost", 1, 30,
                true, FixMessageStore.database(ledger), 1)), toBroker, CLOCK);
        OrderDispatcher dispatcher = new OrderDispatcher(book, new AllocationInstructions(ledger, CLOCK), gateway,
                "broker", OrderTerms.MARKET_DAY);
        camel.addRoutes(new TradingRoute(dispatcher, new ExecutionHandler(book, gateway, dispatcher)));
        camel.start();
        ExecutionBatches consumers = camel.hasService(ExecutionBatches.class);
        consumers.stop();

        // queued while the consumers are stopped, so that they find a backlog and take it in batches
        for (int step = 0; step < 3; step++) {
            for (BlockOrder order : orders) {
                toBroker.onExecution("broker", report(order.clOrdId(), step));
            }
        }
        consumers.start();

        await().atMost(Duration.ofMinutes(2)).until(() -> book.allDone(TRADE_DATE));
        Map<ClOrdId, List<OrderEvent>> histories = orders.stream().collect(Collectors.toMap(BlockOrder::clOrdId,
                order -> book.events(order.clOrdId())));
        assertThat(histories.values()).allSatisfy(events -> {
            assertThat(events).extracting(OrderEvent::event).endsWith("NEW", "TRADE", "TRADE");
            assertThat(events).as("refused reports").filteredOn(event -> !event.applied()).isEmpty();
        });
    }

    /** The order's report at a step: acknowledged, then 4 of 10 shares filled, then the other 6. */
    private static ExecutionReport report(ClOrdId order, int step) {
        String execId = order.value() + "-" + step;
        Function<String, BigDecimal> dec = BigDecimal::new;
        return switch (step) {
            case 0 -> new ExecutionReport(order, null, execId, null, ExecutionType.NEW, OrderStatus.NEW, dec.apply("0"),
                    dec.apply("0"), dec.apply("0"), dec.apply("0"), dec.apply("10"), BigDecimal.ZERO, null, CLOCK.instant(),
                    null);
            case 1 -> new ExecutionReport(order, null, execId, null, ExecutionType.TRADE,
                    OrderStatus.PARTIALLY_FILLED, dec.apply("4"), dec.apply("100"), dec.apply("4"), dec.apply("100"),
                    dec.apply("6"), BigDecimal.ZERO, null, CLOCK.instant(), null);
            default -> new ExecutionReport(order, null, execId, null, ExecutionType.TRADE, OrderStatus.FILLED,
                    dec.apply("6"), dec.apply("100"), dec.apply("10"), dec.apply("100"), dec.apply("0"), BigDecimal.ZERO,
                    null, CLOCK.instant(), null);
        };
    }

    /** One account buying ten shares of each of {@link #ORDERS} securities, made into block orders and sent. */
    private static List<BlockOrder> sentOrders(DataSource ledger, OrderBook book) {
        List<Security> securities = new ArrayList<>();
        List<Price> prices = new ArrayList<>();
        List<ProposedTrade> trades = new ArrayList<>();
        for (int i = 1; i <= ORDERS; i++) {
            SecurityId security = SecurityId.of(String.format("S%03d", i));
            securities.add(new Security(security, null, "Security " + i, "US_EQUITY"));
            prices.add(new Price(security, new BigDecimal("100"), TRADE_DATE.minusDays(1)));
            trades.add(new ProposedTrade(ACCOUNT, security, Side.BUY, BigDecimal.TEN, List.of()));
        }
        long batch = new BookLoader(ledger, CLOCK).load(new CustodianSnapshot("test", TRADE_DATE.minusDays(1),
                List.of(new Account(ACCOUNT, HOUSEHOLD, AccountType.TAXABLE, "test")), securities, List.of(),
                List.of(new CashBalance(ACCOUNT, new BigDecimal("1000000.00"))), prices), "test.csv", "test")
                .batchId();
        new ProposalStore(ledger, CLOCK).save(batch, new Proposal(HOUSEHOLD, TRADE_DATE, trades,
                Explanation.only("test")));
        List<BlockOrder> orders = book.createBlocks(TRADE_DATE);
        List<ClOrdId> ids = orders.stream().map(BlockOrder::clOrdId).toList();
        book.markSending(ids);
        book.markSent(ids.stream().collect(Collectors.toMap(id -> id, id -> "35=D")));
        return orders;
    }
}
