package io.ballast.agent.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.ballast.agent.config.BrokerSettings;
import io.ballast.agent.runtime.BrokerConnection;
import io.ballast.agent.runtime.Databases;
import io.ballast.agent.runtime.EmbeddedBroker;
import io.ballast.domain.Account;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Price;
import io.ballast.domain.Security;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.BookLoader;
import io.ballast.ledger.HouseholdSnapshots;
import io.ballast.ledger.LedgerDatabase;
import io.ballast.ledger.LoadResult;
import io.ballast.ledger.ProposalStore;
import io.ballast.ledger.ReconBreaks;
import io.ballast.optimizer.HouseholdOptimizer;
import io.ballast.optimizer.bench.SyntheticHouseholds;
import io.ballast.optimizer.bench.SyntheticHouseholds.Kind;
import io.ballast.optimizer.bench.SyntheticHouseholds.Universe;
import io.ballast.routes.CycleMessages.PositionsLoaded;
import io.ballast.routes.HouseholdModels;
import io.ballast.routes.Json;
import io.ballast.routes.Queues;
import io.ballast.routes.RebalanceRoute;
import io.ballast.routes.RebalanceStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * Times the agent's rebalance stage end to end: seeded ETF households ({@link SyntheticHouseholds}) loaded into an
 * embedded H2 ledger as one custodian batch, one positions-loaded event on an embedded Artemis broker, fanned out
 * into one rebalance request per household and optimized by competing consumers, each reading its household from
 * the ledger and saving its proposal. Prints households per minute from the event to the last proposal saved.
 */
public final class ThroughAgentBench {
    private static final long POLL_MILLIS = 200;

    private ThroughAgentBench() {
    }

    public static void run(int households, int consumers) throws Exception {
        Path data = Files.createTempDirectory("ballast-bench");
        Clock clock = Clock.fixed(SyntheticHouseholds.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Universe universe = SyntheticHouseholds.universe(Kind.ETF);
        try (HikariDataSource ledger = Databases.open(null, data);
                EmbeddedBroker broker = new EmbeddedBroker(data.resolve("broker")).start()) {
            LedgerDatabase.migrate(ledger);
            long loadStart = System.nanoTime();
            LoadResult load = new BookLoader(ledger, clock).load(book(universe, households), "bench.csv", "bench");
            System.out.printf("loaded %d ETF households (%d accounts, %d lots) into the embedded ledger in %.1f s%n",
                    load.households().size(), load.accounts(), load.lots(), (System.nanoTime() - loadStart) / 1e9);

            RebalanceStage stage = new RebalanceStage(new HouseholdSnapshots(ledger),
                    new HouseholdModels(Map.of(universe.model().id(), universe.model()), universe.model().id(),
                            Map.of()), universe.riskModel(), new HouseholdOptimizer(), Policy.standard(),
                    new ProposalStore(ledger, clock), new ReconBreaks(ledger));
            Main camel = new Main();
            camel.bind("jms", BrokerConnection.jmsComponent(new BrokerSettings(true, null, null, null)));
            camel.init();
            CamelContext context = camel.getCamelContext();
            context.addRoutes(new RebalanceRoute(stage, consumers));
            camel.start();
            try {
                ProposalStore proposals = new ProposalStore(ledger, clock);
                long start = System.nanoTime();
                context.createProducerTemplate().sendBody(Queues.jms(Queues.POSITIONS_LOADED),
                        Json.write(new PositionsLoaded(load.batchId(), "BENCH", "bench.csv", load.asOf(),
                                SyntheticHouseholds.TODAY, load.households().stream().map(HouseholdId::value).toList(),
                                0)));
                while (proposals.countForBatch(load.batchId()) < households) {
                    Thread.sleep(POLL_MILLIS);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("rebalance stage: %d households in %.1f s with %d competing consumers:"
                        + " %.0f households/minute%n", households, seconds, consumers, households / seconds * 60);
            } finally {
                camel.stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The households as one custodian file's book. */
    private static CustodianSnapshot book(Universe universe, int households) {
        List<Account> accounts = new ArrayList<>();
        List<TaxLot> lots = new ArrayList<>();
        List<CashBalance> cash = new ArrayList<>();
        for (int h = 0; h < households; h++) {
            HouseholdSnapshot household = SyntheticHouseholds.household(Kind.ETF, universe, h);
            accounts.addAll(household.accounts());
            lots.addAll(household.lots());
            household.cash().forEach((account, amount) -> cash.add(new CashBalance(account, amount)));
        }
        List<Security> securities = universe.securities().stream()
                .map(id -> new Security(id, null, "Synthetic ETF " + id.value(), "ETF")).toList();
        List<Price> prices = universe.securities().stream()
                .map(id -> new Price(id, universe.prices().get(id), SyntheticHouseholds.TODAY.minusDays(1))).toList();
        return new CustodianSnapshot("BENCH", SyntheticHouseholds.TODAY.minusDays(1), accounts, securities, lots, cash,
                prices);
    }
}
