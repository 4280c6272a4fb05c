package io.ballast.agent;

import io.ballast.agent.bench.FixBench;
import io.ballast.agent.bench.IngestBench;
import io.ballast.agent.bench.ThroughAgentBench;
import io.ballast.agent.config.DatabaseSettings;
import io.ballast.optimizer.Formulation;
import io.ballast.optimizer.bench.OptimizerBench;
import io.ballast.optimizer.bench.SyntheticHouseholds.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the optimizer on seeded synthetic households (ETF: 3 accounts, 50 securities, ~100 lots;"
                + " DIRECT_INDEX: 500 stocks, ~1,500 lots; both with a K=10 factor risk model) and prints p50/p95 solve"
                + " time, households per minute and the mean objective; or, with --through-agent, the agent's rebalance"
                + " stage end to end; with --ingest, custodian intake (a generated Schwab-style set parsed on its own,"
                + " then loaded through the custodian route into H2 or the PostgreSQL of --database-url); with --fix,"
                + " block orders with fills through the agent's trading path against raw QuickFIX/J with the same JDBC"
                + " message store (orders/s, p50/p99 order-to-fill latency). Not a test: run it on purpose, on an"
                + " otherwise idle machine.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--households", defaultValue = "200", description = "households to time (default ${DEFAULT-VALUE})")
    private int households;

    @Option(names = "--kind", defaultValue = "ETF", description = "ETF or DIRECT_INDEX (default ${DEFAULT-VALUE})")
    private Kind kind;

    @Option(names = "--compare", description = "time every formulation on the same households and compare their"
            + " objectives (the shipped RELAX_AND_FIX against the exact EXACT_MIQP)")
    private boolean compare;

    @Option(names = "--through-agent", description = "load ETF households into an embedded ledger and time the agent's"
            + " rebalance stage over the embedded broker with competing consumers (households per minute)")
    private boolean throughAgent;

    @Option(names = "--consumers", defaultValue = "2",
            description = "competing rebalance consumers with --through-agent (default ${DEFAULT-VALUE})")
    private int consumers;

    @Option(names = "--ingest", description = "measure custodian intake instead of the optimizer")
    private boolean ingest;

    @Option(names = "--lots", defaultValue = "1000000", description = "tax lots in the generated set (default ${DEFAULT-VALUE})")
    private int lots;

    @Option(names = "--database-url", description = "a jdbc:postgresql: URL to load into instead of an H2 file")
    private String databaseUrl;

    @Option(names = "--database-user", description = "user for --database-url")
    private String databaseUser;

    @Option(names = "--database-password", description = "password for --database-url", arity = "0..1",
            interactive = true)
    private String databasePassword;

    @Option(names = "--fix", description = "run the FIX benchmark instead of the optimizer's")
    private boolean fix;

    @Option(names = "--orders", defaultValue = "10000",
            description = "block orders of the FIX benchmark (default ${DEFAULT-VALUE})")
    private int orders;

    @Override
    public Integer call() throws Exception {
        if (ingest) {
            DatabaseSettings database = databaseUrl == null ? null
                    : new DatabaseSettings(databaseUrl, databaseUser, databasePassword);
            new IngestBench(lots, database, Files.createTempDirectory("ballast-ingest-bench"), System.out).run();
        } else if (fix) {
            if (orders < 1 || orders > 99_999) {
                System.err.println("--orders must be 1..99999, was " + orders);
                return Main.INVALID_CONFIG;
            }
            Path directory = Files.createTempDirectory("ballast-fix-bench");
            // the console shows the figures; the log of every message goes to the bench's own directory
            System.setProperty("ballast.console.level", "WARN");
            System.setProperty("ballast.log.dir", directory.resolve("logs").toString());
            new FixBench(orders, directory, System.out).run();
        } else if (throughAgent) {
            ThroughAgentBench.run(households, consumers);
        } else {
            OptimizerBench.run(kind, households,
                    compare ? List.of(Formulation.values()) : List.of(Formulation.RELAX_AND_FIX));
        }
        return 0;
    }
}
