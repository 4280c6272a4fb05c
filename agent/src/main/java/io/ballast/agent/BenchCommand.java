package io.ballast.agent;

import io.ballast.agent.bench.FixBench;
import io.ballast.agent.bench.IngestBench;
import io.ballast.agent.config.DatabaseSettings;
import io.ballast.optimizer.bench.OptimizerBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the optimizer on seeded synthetic ETF households (3 accounts, 50 securities, "
                + "~100 lots) and prints p50/p95 solve time and households per minute. With --ingest, measures "
                + "custodian intake instead: a generated Schwab-style set parsed on its own, then loaded through the "
                + "custodian route into H2 (or the PostgreSQL of --database-url). With --fix, measures block orders "
                + "with fills through the agent's trading path against raw QuickFIX/J with the same JDBC message "
                + "store, and prints orders/s and p50/p99 order-to-fill latency. Not a test: run it on purpose, on an "
                + "otherwise idle machine.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--households", defaultValue = "200", description = "households to time (default ${DEFAULT-VALUE})")
    private int households;

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
            return 0;
        }
        if (fix) {
            if (orders < 1 || orders > 99_999) {
                System.err.println("--orders must be 1..99999, was " + orders);
                return Main.INVALID_CONFIG;
            }
            Path directory = Files.createTempDirectory("ballast-fix-bench");
            // the console shows the figures; the log of every message goes to the bench's own directory
            System.setProperty("ballast.console.level", "WARN");
            System.setProperty("ballast.log.dir", directory.resolve("logs").toString());
            new FixBench(orders, directory, System.out).run();
            return 0;
        }
        OptimizerBench.main(new String[] {Integer.toString(households)});
        return 0;
    }
}
