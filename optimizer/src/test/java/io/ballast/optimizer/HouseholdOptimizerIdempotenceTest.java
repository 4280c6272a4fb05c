package io.ballast.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rebalancing twice does nothing the second time: over 300 seeded random households (see {@link RandomHouseholds}),
 * optimize, fill the proposal ({@link ProposalFills}), optimize again with the same policy.
 *
 * <p>The property asserted is the one that matters for the daily run: a household whose drift after the first
 * proposal is within the tolerance is left alone by the second, with no trades at all (bound: zero). That only holds
 * if the drift the optimizer aims at can be reached while every account keeps its cash reserve, which is what the
 * cash target of cashReserve × value gives. Households the first run could not bring within the tolerance (a
 * tolerance of zero, whole shares, tax weighed against drift, restrictions and wash-sale blocks) may still trade
 * again, mostly a few tenths of a percent of their value, and are not asserted on beyond measuring drift the same
 * way on both days. With these seeds 36 of the 300 met the tolerance (the optimizer minimises tracking error, not this drift) and
 * none of them traded again.
 */
class HouseholdOptimizerIdempotenceTest {
    private static final HouseholdOptimizer OPTIMIZER = new HouseholdOptimizer();

    @Test
    void aHouseholdBroughtWithinToleranceIsLeftAloneTheNextRun() {
        Random seeds = new Random(20250604);
        int withinTolerance = 0;
        for (int i = 0; i < 300; i++) {
            long seed = 1 + seeds.nextInt(1_000_000_000);
            RandomHouseholds generator = new RandomHouseholds(seed);
            HouseholdSnapshot snapshot = generator.household();
            Policy policy = generator.policy();

            Proposal first = OPTIMIZER.optimize(snapshot, policy);
            Proposal second = OPTIMIZER.optimize(ProposalFills.sameDay(snapshot, first), policy);

            assertThat(second.explanation().driftBefore()).as("seed %d: drift after filling the first proposal", seed)
                    .isEqualByComparingTo(first.explanation().driftAfter());
            if (first.explanation().driftAfter().compareTo(policy.driftTolerance()) <= 0) {
                withinTolerance++;
                assertThat(second.trades()).as("seed %d, policy %s: second run after %s", seed, policy, first)
                        .isEmpty();
                assertThat(second.explanation().notes()).as("seed %d", seed)
                        .singleElement().asString().startsWith("left alone: drift ");
            }
        }
        assertThat(withinTolerance).as("households the first run brought within tolerance").isGreaterThanOrEqualTo(30);
    }
}
