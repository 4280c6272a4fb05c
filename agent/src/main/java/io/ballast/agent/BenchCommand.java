package io.ballast.agent;

import io.ballast.agent.bench.ThroughAgentBench;
import io.ballast.optimizer.Formulation;
import io.ballast.optimizer.bench.OptimizerBench;
import io.ballast.optimizer.bench.SyntheticHouseholds.Kind;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the optimizer on seeded synthetic households (ETF: 3 accounts, 50 securities, ~100 lots;"
                + " DIRECT_INDEX: 500 stocks, ~1,500 lots; both with a K=10 factor risk model) and prints p50/p95 solve"
                + " time, households per minute and the mean objective; or, with --through-agent, the agent's rebalance"
                + " stage end to end. Not a test: run it on purpose, on an"
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

    @Override
    public Integer call() throws Exception {
        if (throughAgent) {
            ThroughAgentBench.run(households, consumers);
        } else {
            OptimizerBench.run(kind, households,
                    compare ? List.of(Formulation.values()) : List.of(Formulation.RELAX_AND_FIX));
        }
        return 0;
    }
}
