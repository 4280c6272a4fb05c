package io.ballast.optimizer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.optimizer.HouseholdOptimizer;
import io.ballast.optimizer.ProposalFills;
import org.junit.jupiter.api.Test;

/**
 * The demo's defect, on the bench's households (3 accounts, 50 securities, 1–3% cash) under
 * {@link Policy#standard()} (reserve 1%, tolerance 2%): with cash targeted at zero no household could get below
 * 2 × reserve = 2%, so none was ever within the tolerance and every one was traded again the day after a full
 * rebalance. With cash targeted at the reserve, a household the first run brings within the tolerance is left alone
 * the next day (no trades at all). With these 20 seeds 15 come within it (drift after 0.2–1.1%); the other 5 stay
 * above it because the optimizer chose to harvest losses in securities it may then not buy back (wash sales), a tax
 * trade-off, not the drift definition.
 */
class StandardPolicyIdempotenceTest {
    private static final HouseholdOptimizer OPTIMIZER = new HouseholdOptimizer();

    @Test
    void theDayAfterAFullRebalanceAHouseholdWithinToleranceIsLeftAlone() {
        Policy policy = Policy.standard();
        int withinTolerance = 0;
        for (long seed = 0; seed < 20; seed++) {
            HouseholdSnapshot snapshot = OptimizerBench.household(seed);

            Proposal first = OPTIMIZER.optimize(snapshot, policy);
            Proposal second = OPTIMIZER.optimize(ProposalFills.dayAfter(snapshot, first), policy);

            assertThat(first.trades()).as("household %d is off model to begin with", seed).isNotEmpty();
            assertThat(second.explanation().driftBefore()).as("household %d: drift the day after", seed)
                    .isEqualByComparingTo(first.explanation().driftAfter());
            if (first.explanation().driftAfter().compareTo(policy.driftTolerance()) <= 0) {
                withinTolerance++;
                assertThat(second.trades()).as("household %d: the day after", seed).isEmpty();
            }
        }
        assertThat(withinTolerance).as("households brought within the tolerance").isGreaterThanOrEqualTo(12);
    }
}
