package io.ballast.agent;

import io.ballast.optimizer.bench.OptimizerBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the optimizer on seeded synthetic ETF households (3 accounts, 50 securities, "
                + "~100 lots) and prints p50/p95 solve time and households per minute. Not a test: run it on purpose, "
                + "on an otherwise idle machine.")
final class BenchCommand implements Runnable {
    @Option(names = "--households", defaultValue = "200", description = "households to time (default ${DEFAULT-VALUE})")
    private int households;

    @Override
    public void run() {
        OptimizerBench.main(new String[] {Integer.toString(households)});
    }
}
