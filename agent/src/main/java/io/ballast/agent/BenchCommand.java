package io.ballast.agent;

import io.ballast.agent.bench.IngestBench;
import io.ballast.agent.config.DatabaseSettings;
import io.ballast.optimizer.bench.OptimizerBench;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the optimizer on seeded synthetic ETF households (3 accounts, 50 securities, "
                + "~100 lots) and prints p50/p95 solve time and households per minute; with --ingest, measures "
                + "custodian intake instead: a generated Schwab-style set parsed on its own, then loaded through the "
                + "custodian route into H2 (or the PostgreSQL of --database-url). Not a test: run it on purpose, on an "
                + "otherwise idle machine.")
final class BenchCommand implements Runnable {
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

    @Override
    public void run() {
        if (!ingest) {
            OptimizerBench.main(new String[] {Integer.toString(households)});
            return;
        }
        try {
            Path work = Files.createTempDirectory("ballast-ingest-bench");
            DatabaseSettings database = databaseUrl == null ? null
                    : new DatabaseSettings(databaseUrl, databaseUser, databasePassword);
            new IngestBench(lots, database, work, System.out).run();
        } catch (Exception e) {
            throw new IllegalStateException("ingest benchmark failed: " + e.getMessage(), e);
        }
    }
}
