package io.ballast.optimizer.bench;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.optimizer.Formulation;
import io.ballast.optimizer.HouseholdOptimizer;
import io.ballast.optimizer.bench.SyntheticHouseholds.Kind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Times the optimizer on seeded synthetic households ({@link SyntheticHouseholds}) under {@link Policy#standard()},
 * one thread, after a warm-up; with several formulations, on the same households in turn, and compares their
 * re-scored objectives (risk + tax + cost of the final whole-share trades, in basis points of household value).
 * Prints wall-clock and thread CPU time: on a shared machine the CPU time is the steadier figure.
 */
public final class OptimizerBench {
    private static final int WARM_UP = 5;

    private OptimizerBench() {
    }

    /** Figures of one formulation over the households. */
    public record Figures(Formulation formulation, long[] nanos, long[] cpuNanos, double[] objectiveBp, long trades,
            long lots) {
        double p(double fraction) {
            return percentile(nanos, fraction);
        }

        double cpu(double fraction) {
            return percentile(cpuNanos, fraction);
        }

        private static double percentile(long[] values, double fraction) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
        }

        double perMinute() {
            return nanos.length / (Arrays.stream(nanos).sum() / 1e9) * 60;
        }
    }

    public static void run(Kind kind, int households, List<Formulation> formulations) {
        Policy policy = Policy.standard();
        System.out.printf("%s households: %d, securities %d, factor risk model K=10, policy standard"
                + " (risk aversion %s, %s bp cost), one thread%n", kind, households, kind.securities(),
                policy.riskAversion().toPlainString(), policy.costBps().toPlainString());
        Figures[] figures = new Figures[formulations.size()];
        for (int f = 0; f < formulations.size(); f++) {
            figures[f] = measure(kind, households, formulations.get(f), policy);
            Figures measured = figures[f];
            System.out.printf("  %-13s solve p50 %.1f ms, p95 %.1f ms (CPU p50 %.1f ms, p95 %.1f ms);"
                    + " %.0f households/minute; lots/household %.1f, trades/household %.1f, mean objective %.3f bp%n",
                    measured.formulation(), measured.p(0.50), measured.p(0.95), measured.cpu(0.50),
                    measured.cpu(0.95), measured.perMinute(), (double) measured.lots() / households,
                    (double) measured.trades() / households, Arrays.stream(measured.objectiveBp()).average().orElse(0));
        }
        for (int f = 1; f < figures.length; f++) {
            int better = 0;
            int worse = 0;
            double worst = 0;
            for (int h = 0; h < households; h++) {
                double difference = figures[f].objectiveBp()[h] - figures[0].objectiveBp()[h];
                better += difference < -0.01 ? 1 : 0;
                worse += difference > 0.01 ? 1 : 0;
                worst = Math.max(worst, -difference);
            }
            System.out.printf("  %s vs %s: better in %d, worse in %d of %d households (by 0.01 bp or more);"
                    + " largest lead of %s %.3f bp%n", figures[f].formulation(), figures[0].formulation(), better,
                    worse, households, figures[f].formulation(), worst);
        }
    }

    private static Figures measure(Kind kind, int households, Formulation formulation, Policy policy) {
        HouseholdOptimizer optimizer = new HouseholdOptimizer(formulation);
        for (int i = 0; i < WARM_UP; i++) {
            optimizer.optimize(SyntheticHouseholds.household(kind, -1 - i), policy);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[households];
        long[] cpuNanos = new long[households];
        double[] objective = new double[households];
        long trades = 0;
        long lots = 0;
        for (int i = 0; i < households; i++) {
            HouseholdSnapshot snapshot = SyntheticHouseholds.household(kind, i);
            lots += snapshot.lots().size();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Proposal proposal = optimizer.optimize(snapshot, policy);
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            nanos[i] = System.nanoTime() - start;
            trades += proposal.trades().size();
            objective[i] = objectiveBp(snapshot, proposal, policy);
        }
        return new Figures(formulation, nanos, cpuNanos, objective, trades, lots);
    }

    /** riskAversion × TE² + (taxWeight × tax + cost + tickets) / V, in basis points of the household's value. */
    private static double objectiveBp(HouseholdSnapshot snapshot, Proposal proposal, Policy policy) {
        double value = snapshot.totalValue().doubleValue();
        double traded = 0;
        for (ProposedTrade trade : proposal.trades()) {
            traded += trade.quantity().multiply(snapshot.price(trade.security())).doubleValue();
        }
        double te = proposal.explanation().trackingErrorAfter().doubleValue();
        double dollars = policy.taxWeight().doubleValue() * proposal.explanation().estimatedTax().doubleValue()
                + traded * policy.costBps().doubleValue() / 10_000
                + policy.ticketCost().multiply(BigDecimal.valueOf(proposal.trades().size())).doubleValue();
        return (policy.riskAversion().doubleValue() * te * te + dollars / value) * 10_000;
    }
}
