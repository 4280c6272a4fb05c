package io.ballast.optimizer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.optimizer.HouseholdOptimizer;
import io.ballast.optimizer.ProposalFills;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bench's households (3 accounts, 50 securities, a factor risk model, 1–3% cash) under {@link Policy#standard()}
 * with a $20 ticket cost: run again on the same trade date once its proposal is filled, the optimizer finds the
 * household where it left it. Under the standard risk aversion it trades tracking error against tax and rarely
 * brings the L1 drift under the 2% tolerance, so the second run solves again. Near the optimum the objective is flat
 * and the relax-and-fix answer is about 1% short of the exact one, so the second run still finds trades that pay
 * for their tickets: up to 2.8% of the household's value with these seeds, for fractions of a basis point. The
 * bound asserted is no second rebalance: under 5% of the value. (A day later is another matter: a buy dropping out
 * of the wash-sale window can free loss lots to harvest.)
 */
class StandardPolicyIdempotenceTest {
    private static final HouseholdOptimizer OPTIMIZER = new HouseholdOptimizer();

    @Test
    void runAgainOnceFilledTheHouseholdTradesLittle() {
        Policy standard = Policy.standard();
        Policy policy = new Policy(standard.taxRates(), standard.taxWeight(), standard.riskAversion(),
                standard.driftTolerance(), standard.costBps(), new BigDecimal("20"), standard.minTradeValue(),
                standard.cashReserve(), standard.restricted(), standard.washSaleDays(), null, List.of(), standard.mode(),
                BigDecimal.ZERO, List.of(), Map.of(), standard.screens(), standard.screenedHoldings(),
                standard.shareIncrement(), standard.assetLocation());
        for (long seed = 0; seed < 20; seed++) {
            HouseholdSnapshot snapshot = SyntheticHouseholds.household(SyntheticHouseholds.Kind.ETF, seed);

            Proposal first = OPTIMIZER.optimize(snapshot, policy);
            HouseholdSnapshot filled = ProposalFills.sameDay(snapshot, first);
            Proposal second = OPTIMIZER.optimize(filled, policy);

            assertThat(first.trades()).as("household %d is off model to begin with", seed).isNotEmpty();
            assertThat(second.explanation().driftBefore()).as("household %d: drift once filled", seed)
                    .isEqualByComparingTo(first.explanation().driftAfter());
            BigDecimal traded = second.trades().stream()
                    .map(trade -> trade.quantity().multiply(filled.price(trade.security())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(traded).as("household %d: value traded once filled", seed)
                    .isLessThan(filled.totalValue().multiply(new BigDecimal("0.05")));
        }
    }
}
