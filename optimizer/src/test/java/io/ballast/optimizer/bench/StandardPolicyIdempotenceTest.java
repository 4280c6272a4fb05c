package io.ballast.optimizer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.optimizer.HouseholdOptimizer;
import io.ballast.optimizer.ProposalFills;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The bench's households (3 accounts, 50 securities, a factor risk model, 1–3% cash) under {@link Policy#standard()}:
 * the day after a proposal is filled, the optimizer finds the household where it left it. Under the standard risk
 * aversion it trades tracking error against tax and rarely brings the L1 drift under the 2% tolerance, so the
 * second day solves again; what it may still find is the odd whole share that rounding and the wash-sale window
 * (yesterday's loss sales block today's buys) shifted, never a second rebalance: the value it trades stays under 1%
 * of the household's value.
 */
class StandardPolicyIdempotenceTest {
    private static final HouseholdOptimizer OPTIMIZER = new HouseholdOptimizer();

    @Test
    void theDayAfterAFullRebalanceTheHouseholdTradesLittle() {
        Policy policy = Policy.standard();
        for (long seed = 0; seed < 20; seed++) {
            HouseholdSnapshot snapshot = SyntheticHouseholds.household(SyntheticHouseholds.Kind.ETF, seed);

            Proposal first = OPTIMIZER.optimize(snapshot, policy);
            HouseholdSnapshot dayAfter = ProposalFills.dayAfter(snapshot, first);
            Proposal second = OPTIMIZER.optimize(dayAfter, policy);

            assertThat(first.trades()).as("household %d is off model to begin with", seed).isNotEmpty();
            assertThat(second.explanation().driftBefore()).as("household %d: drift the day after", seed)
                    .isEqualByComparingTo(first.explanation().driftAfter());
            BigDecimal traded = second.trades().stream()
                    .map(trade -> trade.quantity().multiply(dayAfter.price(trade.security())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(traded).as("household %d: value traded the day after", seed)
                    .isLessThan(dayAfter.totalValue().movePointLeft(2));
        }
    }
}
