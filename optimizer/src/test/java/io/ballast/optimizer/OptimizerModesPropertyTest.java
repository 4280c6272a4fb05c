package io.ballast.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.AccountId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Every mode over seeded random households ({@link RandomHouseholds}), checked by {@link ProposalAudit}: the rules
 * of every proposal (no shorts, no wash sale in any account, IRA and Roth included, cash at or above the reserve)
 * and those of the mode — harvest only sells taxable loss lots and buys only their substitutes, in the same
 * account, with the account's own proceeds; a raise only sells and leaves the amount on top of the reserve; an
 * investment only buys and spends its amount to within a share and a minimum trade.
 */
class OptimizerModesPropertyTest {
    private static final HouseholdOptimizer OPTIMIZER = new HouseholdOptimizer();
    private static final AccountId FIRST = AccountId.of("A0");

    @Property(tries = 150, seed = "20251125")
    void harvestOnlyKeepsEveryRule(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        RandomHouseholds generator = new RandomHouseholds(seed);
        HouseholdSnapshot snapshot = generator.household();
        Policy policy = Policies.withBenefitAndSubstitutes(generator.policy(), "0", pairs(snapshot))
                .withMode(Mode.HARVEST_ONLY, Map.of());

        audit(snapshot, policy, OPTIMIZER.optimize(snapshot, policy), seed);
    }

    @Property(tries = 150, seed = "20251126")
    void cashRaiseMeetsItsAmountOrIsRefused(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        RandomHouseholds generator = new RandomHouseholds(seed);
        HouseholdSnapshot snapshot = generator.household();
        BigDecimal amount = snapshot.accountValue(FIRST).multiply(new BigDecimal("0.2"))
                .setScale(2, RoundingMode.DOWN).max(BigDecimal.ONE);
        Policy policy = generator.policy().withMode(Mode.CASH_RAISE, Map.of(FIRST, amount));

        try {
            audit(snapshot, policy, OPTIMIZER.optimize(snapshot, policy), seed);
        } catch (OptimizationException refused) {
            assertThat(refused.getMessage()).as("seed %d", seed).contains("account A0 can");
        }
    }

    @Property(tries = 150, seed = "20251127")
    void cashInvestMeetsItsAmount(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        RandomHouseholds generator = new RandomHouseholds(seed);
        HouseholdSnapshot snapshot = generator.household();
        BigDecimal amount = snapshot.cash(FIRST).multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.DOWN)
                .max(BigDecimal.ONE);
        Policy policy = generator.policy().withMode(Mode.CASH_INVEST, Map.of(FIRST, amount));

        audit(snapshot, policy, OPTIMIZER.optimize(snapshot, policy), seed);
    }

    @Property(tries = 100, seed = "20251128")
    void transitionKeepsEveryRuleAndItsBudget(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed) {
        RandomHouseholds generator = new RandomHouseholds(seed);
        HouseholdSnapshot snapshot = generator.household();
        BigDecimal budget = BigDecimal.valueOf(seed % 5_000);
        Policy policy = Policies.withGainsBudget(generator.policy(), budget).withMode(Mode.TRANSITION, Map.of());

        try {
            Proposal proposal = OPTIMIZER.optimize(snapshot, policy);
            audit(snapshot, policy, proposal, seed);
            assertThat(proposal.explanation().realizedShortTerm().add(proposal.explanation().realizedLongTerm()))
                    .as("seed %d", seed).isLessThanOrEqualTo(budget);
        } catch (OptimizationException refused) {
            assertThat(refused.getMessage()).as("seed %d: an account short of its reserve, the budget spent", seed)
                    .containsAnyOf("cannot keep its cash reserve", "INFEASIBLE");
        }
    }

    private static void audit(HouseholdSnapshot snapshot, Policy policy, Proposal proposal, long seed) {
        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).as("seed %d: %s", seed, proposal).isEmpty();
    }

    /** The household's securities in pairs of substitutes: S0 with S1, S2 with S3, ... */
    private static List<Set<SecurityId>> pairs(HouseholdSnapshot snapshot) {
        List<SecurityId> securities = new ArrayList<>(new TreeSet<>(snapshot.prices().keySet()));
        List<Set<SecurityId>> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < securities.size(); i += 2) {
            pairs.add(Set.of(securities.get(i), securities.get(i + 1)));
        }
        return pairs;
    }
}
