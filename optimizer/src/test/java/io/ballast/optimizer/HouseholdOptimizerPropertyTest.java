package io.ballast.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants over seeded random households (see {@link RandomHouseholds}), each checked by {@link ProposalAudit},
 * which shares no code with the optimizer: no shorts, whole shares (or steps of the increment) or whole lots, lot picks that sum to the trade,
 * cash at or above the reserve, no restricted or off-model buys, no wash sale in any account, no trade below the
 * minimum value, never a buy and a sale of one security in one account; and under screens, share increments and
 * asset location ({@link RandomRules}): never a screened buy, screened holdings sold or kept in full as the policy
 * says, quantities on the increment's grid with cash still at or above the reserve.
 */
class HouseholdOptimizerPropertyTest {
    private static final HouseholdOptimizer OPTIMIZER = new HouseholdOptimizer();

    @Property(tries = 300, seed = "20250602")
    void everyProposalKeepsEveryRule(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        RandomHouseholds generator = new RandomHouseholds(seed);
        HouseholdSnapshot snapshot = generator.household();
        Policy policy = generator.policy();

        Proposal proposal = OPTIMIZER.optimize(snapshot, policy);

        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).as("seed %d: %s", seed, proposal).isEmpty();
    }

    /** Free trading leaves the solver's choice between netted and un-netted trades open: a trader still wants one. */
    @Property(tries = 300, seed = "20250604")
    void costFreeProposalsKeepEveryRule(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        RandomHouseholds generator = new RandomHouseholds(seed);
        HouseholdSnapshot snapshot = generator.household();
        Policy policy = Policies.withoutCost(generator.policy());

        Proposal proposal = OPTIMIZER.optimize(snapshot, policy);

        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).as("seed %d: %s", seed, proposal).isEmpty();
    }

    /** Screens, fractional share increments and asset location preferences over the same random households. */
    @Property(tries = 300, seed = "20251125")
    void proposalsUnderScreensIncrementsAndLocationKeepEveryRule(
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        RandomHouseholds generator = new RandomHouseholds(seed);
        RandomRules rules = new RandomRules(seed);
        HouseholdSnapshot snapshot = rules.withAttributes(generator.household());
        Policy policy = rules.over(generator.policy(), snapshot);

        if (ProposalAudit.reserveUnreachable(snapshot, policy)) {
            assertThatThrownBy(() -> OPTIMIZER.optimize(snapshot, policy)).isInstanceOf(OptimizationException.class)
                    .hasMessageContaining("cannot keep its cash reserve");
            return;
        }
        Proposal proposal;
        try {
            proposal = OPTIMIZER.optimize(snapshot, policy);
        } catch (OptimizationException e) {
            // the reserve and the minimum trade value can conflict: the household is refused, saying so
            assertThat(e).hasMessageContaining("can keep its cash reserve only by selling")
                    .hasMessageContaining("below the minimum trade value");
            return;
        }

        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).as("seed %d: %s", seed, proposal).isEmpty();
    }

    @Property(tries = 100, seed = "20250603")
    void sameInputGivesTheSameProposal(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        RandomHouseholds generator = new RandomHouseholds(seed);
        HouseholdSnapshot snapshot = generator.household();
        Policy policy = generator.policy();

        // The same household listed in the opposite order must not change the answer.
        assertThat(OPTIMIZER.optimize(reversed(snapshot), policy)).isEqualTo(OPTIMIZER.optimize(snapshot, policy));
    }

    private static HouseholdSnapshot reversed(HouseholdSnapshot snapshot) {
        return new HouseholdSnapshot(snapshot.household(), snapshot.tradeDate(), reverse(snapshot.accounts()),
                reverse(snapshot.lots()), snapshot.cash(), snapshot.prices(), snapshot.model(),
                reverse(snapshot.recentTrades()), snapshot.riskModel(), snapshot.securities());
    }

    private static <T> List<T> reverse(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }
}
