package io.ballast.agent.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.ballast.agent.config.BrokerSettings;
import io.ballast.agent.config.DatabaseSettings;
import io.ballast.agent.runtime.BrokerConnection;
import io.ballast.agent.runtime.Databases;
import io.ballast.agent.runtime.EmbeddedBroker;
import io.ballast.connectors.fix.FixGateway;
import io.ballast.connectors.fix.FixMessageStore;
import io.ballast.connectors.fix.FixSessionConfig;
import io.ballast.connectors.fix.LatencyFigures;
import io.ballast.connectors.fix.RawQuickFixRun;
import io.ballast.connectors.fix.simulator.FixSimulator;
import io.ballast.connectors.fix.simulator.SimulatorConfig;
import io.ballast.connectors.fix.simulator.SimulatorSession;
import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.Explanation;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.Price;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.ledger.AllocationInstructions;
import io.ballast.ledger.BookLoader;
import io.ballast.ledger.LedgerDatabase;
import io.ballast.ledger.OrderBook;
import io.ballast.ledger.OrderTerms;
import io.ballast.ledger.ProposalStore;
import io.ballast.routes.ExecutionHandler;
import io.ballast.routes.FixEventsToBroker;
import io.ballast.routes.OrderDispatcher;
import io.ballast.routes.TradingRoute;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;

/**
 * The FIX benchmark: block orders with their fills through the agent's trading path (block orders made from
 * approved trades in the ledger, each claimed and persisted before it is sent, the QuickFIX/J message store in the
 * ledger database, every execution report queued persistently on the embedded broker, applied to the order book and
 * allocated to the account and its lots), against a bare QuickFIX/J initiator with the same JDBC store, in the same
 * run and against the same simulator (one fill an order, no delay). Orders go out as fast as each side sends them.
 */
public final class FixBench {
    private static final String SYMBOL_PREFIX = "B";
    private static final BigDecimal PRICE = new BigDecimal("100");
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final HouseholdId HOUSEHOLD = HouseholdId.of("BENCH");
    private static final AccountId ACCOUNT = AccountId.of("BENCH-1");

    private final int orders;
    private final Path directory;
    private final PrintStream out;
    private final Clock clock = Clock.systemUTC();

    public FixBench(int orders, Path directory, PrintStream out) {
        this.orders = orders;
        this.directory = directory;
        this.out = out;
    }

    public void run() throws Exception {
        try (FixSimulator simulator = new FixSimulator(new SimulatorConfig(0, List.of(
                new SimulatorSession("FIX.4.4", "SIM", "AGENT"), new SimulatorSession("FIX.4.4", "SIM", "RAW")),
                symbol -> PRICE, 1, 1, Set.of(), null, clock));
                HikariDataSource rawStore = Databases.open(new DatabaseSettings(null, null, null),
                        directory.resolve("raw"));
                HikariDataSource ledger = Databases.open(new DatabaseSettings(null, null, null),
                        directory.resolve("agent"))) {
            simulator.start();
            LedgerDatabase.migrate(rawStore);
            LedgerDatabase.migrate(ledger);
            out.printf("FIX benchmark: %,d block orders, FIX 4.4, one fill each, H2 file databases under %s%n",
                    orders, directory);
            LatencyFigures raw = new RawQuickFixRun(rawStore, "FIX.4.4", "RAW", "SIM", simulator.port())
                    .run(orders, SYMBOL_PREFIX + "00001", TIMEOUT);
            out.println(raw);
            LatencyFigures agent = agent(ledger, simulator.port());
            out.println(agent);
            out.printf("agent / raw: %.2f (orders/s)%n", agent.ordersPerSecond() / raw.ordersPerSecond());
        }
    }

    private LatencyFigures agent(HikariDataSource ledger, int port) throws Exception {
        LocalDate tradeDate = LocalDate.now(clock);
        seed(ledger, tradeDate);
        try (EmbeddedBroker broker = new EmbeddedBroker(directory.resolve("broker")).start()) {
            Main camel = new Main();
            camel.bind("jms", BrokerConnection.jmsComponent(new BrokerSettings(true, null, null, null)));
            camel.init();
            OrderBook book = new OrderBook(ledger, clock);
            try (FixGateway gateway = new FixGateway(List.of(new FixSessionConfig("bench", "FIX.4.4", "AGENT", "SIM",
                    "localhost", port, 30, true, FixMessageStore.database(ledger), 1)),
                    new FixEventsToBroker(camel.getCamelContext().createProducerTemplate(), book), clock)) {
                OrderDispatcher dispatcher = new OrderDispatcher(book, new AllocationInstructions(ledger, clock), gateway,
                        "bench", OrderTerms.MARKET_DAY);
                camel.getCamelContext().addRoutes(new TradingRoute(dispatcher,
                        new ExecutionHandler(book, gateway, dispatcher)));
                // as in a running agent, the logon's work (asking after orders in doubt, none here) is done before
                // the day's orders go out; otherwise it would ask the status of the orders just sent
                NotifyBuilder logonHandled = new NotifyBuilder(camel.getCamelContext()).fromRoute("orders-resend")
                        .whenDone(1).create();
                camel.start();
                gateway.start();
                if (!gateway.awaitLogon("bench", TIMEOUT)
                        || !logonHandled.matches(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the agent's session did not log on");
                }
                long start = System.nanoTime();
                dispatcher.release(tradeDate);
                long deadline = start + TIMEOUT.toNanos();
                while (!book.allDone(tradeDate)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the agent's orders were not all filled within " + TIMEOUT);
                    }
                    TimeUnit.MILLISECONDS.sleep(200);
                }
                return LatencyFigures.of("agent (ledger, broker, store)", Duration.ofNanos(System.nanoTime() - start),
                        sendToFill(ledger));
            } finally {
                camel.stop();
            }
        }
    }

    /** One account buying ten shares of each of {@code orders} securities: one block order per security. */
    private void seed(HikariDataSource ledger, LocalDate tradeDate) {
        List<Security> securities = new ArrayList<>();
        List<Price> prices = new ArrayList<>();
        List<ProposedTrade> trades = new ArrayList<>();
        for (int i = 1; i <= orders; i++) {
            SecurityId security = SecurityId.of(String.format("%s%05d", SYMBOL_PREFIX, i));
            securities.add(new Security(security, null, "Bench security " + i, "US_EQUITY"));
            prices.add(new Price(security, PRICE, tradeDate.minusDays(1)));
            trades.add(new ProposedTrade(ACCOUNT, security, Side.BUY, BigDecimal.TEN, List.of()));
        }
        CustodianSnapshot book = new CustodianSnapshot("bench", tradeDate.minusDays(1),
                List.of(new Account(ACCOUNT, HOUSEHOLD, AccountType.TAXABLE, "bench")), securities, List.of(),
                List.of(new CashBalance(ACCOUNT, new BigDecimal("1000000000.00"))), prices);
        long batch = new BookLoader(ledger, clock).load(book, "bench.csv", "bench").batchId();
        new ProposalStore(ledger, clock).save(batch, new Proposal(HOUSEHOLD, tradeDate, trades,
                Explanation.only("benchmark")));
    }

    /** Each order's time from being claimed for sending to its fill being applied, from its history. */
    private static long[] sendToFill(HikariDataSource ledger) throws SQLException {
        List<Long> latencies = new ArrayList<>();
        try (Connection connection = ledger.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MIN(CASE WHEN event = 'SENDING' THEN at END),"
                        + " MAX(CASE WHEN event = 'TRADE' AND applied THEN at END) FROM order_event GROUP BY block_id")) {
            while (rows.next()) {
                OffsetDateTime sent = rows.getObject(1, OffsetDateTime.class);
                OffsetDateTime filled = rows.getObject(2, OffsetDateTime.class);
                latencies.add(Duration.between(sent, filled).toNanos());
            }
        }
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }
}
