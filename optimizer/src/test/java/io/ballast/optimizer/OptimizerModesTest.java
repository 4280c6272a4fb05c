package io.ballast.optimizer;

import static io.ballast.domain.AccountType.TAXABLE;
import static io.ballast.domain.AccountType.TRADITIONAL_IRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.AccountId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-checked households for each {@link Mode} and for the minimum benefit of a rebalance. */
class OptimizerModesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 15);
    private static final SecurityId VTI = SecurityId.of("VTI");
    private static final SecurityId ITOT = SecurityId.of("ITOT");
    private static final AccountId T = AccountId.of("T");
    private static final AccountId IRA = AccountId.of("IRA");
    /** VTI and ITOT load on one equity factor, BND on rates; each has 1% specific volatility. */
    private static final RiskModel EQUITY_AND_RATES = new RiskModel(List.of("EQUITY", "RATES"),
            Map.of(VTI, List.of(1.0, 0.0), ITOT, List.of(1.0, 0.0), SecurityId.of("BND"), List.of(0.0, 1.0)),
            List.of(List.of(0.03, 0.0), List.of(0.0, 0.003)),
            Map.of(VTI, 0.0001, ITOT, 0.0001, SecurityId.of("BND"), 0.0001));

    private final HouseholdOptimizer optimizer = new HouseholdOptimizer();

    /**
     * $52,000: in the taxable account $1,000 cash, a VTI lot bought at $300 now at $250 (a $5,000 long-term loss,
     * worth $1,190 at 23.8%) and a VTI gain lot; in the IRA BND. Swapping the loss lot into ITOT adds only the two
     * funds' specific risk: 100 × $52,000 × 0.0002 × 0.48² ≈ $240.
     */
    private static HouseholdSnapshot harvestable() {
        return HouseholdFixture.on(TODAY).account("T", TAXABLE, "1000").account("IRA", TRADITIONAL_IRA, "0")
                .price("VTI", "250").price("ITOT", "125").price("BND", "70")
                .target("VTI", "0.6").target("BND", "0.4")
                .lot("LOSS", "T", "VTI", "100", "300", LONG_AGO)
                .lot("GAIN", "T", "VTI", "20", "100", LONG_AGO)
                .lot("IRA-BND", "IRA", "BND", "300", "60", LONG_AGO)
                .snapshot().withRiskModel(EQUITY_AND_RATES);
    }

    private static Policy harvestOnly(List<Set<SecurityId>> identical) {
        Policy plain = Policies.withBenefitAndSubstitutes(Policies.plain(), "0", List.of(Set.of(VTI, ITOT)));
        Policy withIdentical = identical.isEmpty() ? plain : Policies.withIdentical(plain, identical.get(0));
        return withIdentical.withMode(Mode.HARVEST_ONLY, Map.of());
    }

    @Test
    void harvestOnlySellsTheLossLotIntoItsSubstituteAndNothingElse() {
        Proposal proposal = optimize(harvestable(), harvestOnly(List.of()));

        assertThat(trade(proposal, T, VTI, Side.SELL).lots()).containsExactly(new LotPick(LotId.of("LOSS"),
                new BigDecimal("100")));
        assertThat(trade(proposal, T, ITOT, Side.BUY).quantity()).isBetween(new BigDecimal("195"),
                new BigDecimal("208"));
        assertThat(proposal.trades()).hasSize(2);
        assertThat(proposal.explanation().realizedLongTerm()).isEqualByComparingTo("-5000.00");
        assertThat(proposal.explanation().notes()).anyMatch(n -> n.startsWith("harvest only:"));
        assertThat(cashAfter(harvestable(), proposal, T)).isGreaterThanOrEqualTo(new BigDecimal("1000"));
    }

    @Test
    void harvestOnlyNeverBuysASubstituteThatWouldWashTheLoss() {
        Proposal proposal = optimize(harvestable(), harvestOnly(List.of(Set.of(VTI, ITOT))));

        assertThat(proposal.trades()).noneMatch(t -> t.side() == Side.BUY);
        assertThat(proposal.trades()).as("selling the loss without a replacement adds far more risk than it saves")
                .isEmpty();
    }

    /**
     * $12,000 to raise from the taxable account: the $50-a-share loss lot covers the VTI that must go anyway and
     * saves tax; the lot with a $150-a-share gain is kept; the IRA cannot raise the taxable account's cash.
     */
    @Test
    void cashRaiseSellsAtTheLeastTaxUntilTheAmountIsRaised() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .account("IRA", TRADITIONAL_IRA, "0")
                .price("VTI", "250").price("BND", "70").target("VTI", "0.6").target("BND", "0.4")
                .lot("GAIN", "T", "VTI", "100", "100", LONG_AGO)
                .lot("LOSS", "T", "VTI", "40", "300", LONG_AGO)
                .lot("T-BND", "T", "BND", "200", "70", LONG_AGO)
                .lot("IRA-BND", "IRA", "BND", "100", "70", LONG_AGO)
                .snapshot().withRiskModel(EQUITY_AND_RATES);
        Policy raise = Policies.plain().withMode(Mode.CASH_RAISE, Map.of(T, new BigDecimal("12000")));

        Proposal proposal = optimize(snapshot, raise);

        assertThat(proposal.trades()).allMatch(t -> t.side() == Side.SELL && t.account().equals(T));
        assertThat(cashAfter(snapshot, proposal, T)).isGreaterThanOrEqualTo(new BigDecimal("12000"));
        assertThat(proposal.trades()).flatMap(ProposedTrade::lots).extracting(LotPick::lot)
                .contains(LotId.of("LOSS")).doesNotContain(LotId.of("GAIN"));
    }

    @Test
    void aRaiseTheAccountCannotCoverIsRefused() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .price("VTI", "250").target("VTI", "1").lot("L", "T", "VTI", "10", "200", LONG_AGO).snapshot();
        Policy raise = Policies.plain().withMode(Mode.CASH_RAISE, Map.of(T, new BigDecimal("50000")));

        assertThatThrownBy(() -> optimize(snapshot, raise)).isInstanceOf(OptimizationException.class)
                .hasMessageContaining("account T cannot raise 50000");
    }

    @Test
    void cashInvestBuysWithinAShareOfTheAmountAndSellsNothing() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "20000")
                .price("VTI", "250").price("BND", "70").target("VTI", "0.6").target("BND", "0.4")
                .lot("LOSS", "T", "VTI", "100", "300", LONG_AGO)
                .lot("T-BND", "T", "BND", "100", "70", LONG_AGO)
                .snapshot().withRiskModel(EQUITY_AND_RATES);
        Policy invest = Policies.plain().withMode(Mode.CASH_INVEST, Map.of(T, new BigDecimal("15000")));

        Proposal proposal = optimize(snapshot, invest);

        assertThat(proposal.trades()).isNotEmpty().allMatch(t -> t.side() == Side.BUY);
        BigDecimal spent = new BigDecimal("20000").subtract(cashAfter(snapshot, proposal, T));
        assertThat(spent).isBetween(new BigDecimal("14750"), new BigDecimal("15000"));
        assertThat(proposal.explanation().notes()).anyMatch(n -> n.startsWith("cash invest: T invests"));
    }

    @Test
    void cashInvestStopsAtTheReserve() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "5000")
                .price("VTI", "250").price("BND", "70").target("VTI", "0.6").target("BND", "0.4")
                .lot("T-BND", "T", "BND", "100", "70", LONG_AGO)
                .snapshot().withRiskModel(EQUITY_AND_RATES);
        Policy invest = Policies.plain().withMode(Mode.CASH_INVEST, Map.of(T, new BigDecimal("8000")));

        Proposal proposal = optimize(snapshot, invest);

        assertThat(cashAfter(snapshot, proposal, T)).isBetween(BigDecimal.ZERO, new BigDecimal("250"));
        assertThat(proposal.explanation().notes()).anyMatch(n -> n.contains("the rest would take it under its"
                + " cash reserve"));
    }

    /**
     * All $10,000 in AAA, bought at $50, and a new model of BBB only: the transition realises at most its $2,000
     * budget, 40 shares' gain, whatever the minimum benefit, which stops a rebalance here.
     */
    @Test
    void transitionMovesTowardsTheNewModelWithinItsGainsBudget() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .price("AAA", "100").price("BBB", "100").target("BBB", "1")
                .lot("OLD", "T", "AAA", "100", "50", LONG_AGO).snapshot();
        Policy budget = Policies.withBenefitAndSubstitutes(
                Policies.withGainsBudget(Policies.plain(), new BigDecimal("2000")), "100000", List.of());

        Proposal transition = optimize(snapshot, budget.withMode(Mode.TRANSITION, Map.of()));

        assertThat(trade(transition, T, SecurityId.of("AAA"), Side.SELL).quantity()).isEqualByComparingTo("40");
        assertThat(trade(transition, T, SecurityId.of("BBB"), Side.BUY).quantity()).isEqualByComparingTo("40");
        assertThat(transition.explanation().realizedLongTerm()).isEqualByComparingTo("2000.00");
        assertThat(optimize(snapshot, budget).trades()).as("a rebalance that cannot gain 1,000% is left alone")
                .isEmpty();
        assertThatThrownBy(() -> Policies.plain().withMode(Mode.TRANSITION, Map.of()))
                .hasMessage("mode TRANSITION needs a gains budget");
    }

    @Test
    void whatIfProposesWhatARebalanceWouldAndSaysItIsADryRun() {
        HouseholdSnapshot snapshot = harvestable();
        Proposal rebalance = optimize(snapshot, Policies.plain());
        Proposal whatIf = optimize(snapshot, Policies.plain().withMode(Mode.WHAT_IF, Map.of()));

        assertThat(whatIf.trades()).isNotEmpty().isEqualTo(rebalance.trades());
        assertThat(whatIf.explanation().notes()).first().asString().startsWith("what-if:");
    }

    /**
     * 52% AAA against 50%, each at 20% volatility, uncorrelated: TE² = 0.04 × 2 × 0.02² and bringing it back saves
     * 100 × $20,000 × TE² = $64 of risk for $0.40 of cost: about 32 bp of the value, less than 50 bp ($100).
     */
    @Test
    void aRebalanceThatGainsLessThanTheMinimumBenefitIsLeftAlone() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("IRA", TRADITIONAL_IRA, "0")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.5").target("BBB", "0.5")
                .lot("A", "IRA", "AAA", "104", "100", LONG_AGO).lot("B", "IRA", "BBB", "96", "100", LONG_AGO)
                .snapshot();
        Policy fiftyBps = Policies.withBenefitAndSubstitutes(Policies.plain(), "50", List.of());

        Proposal leftAlone = optimize(snapshot, fiftyBps);
        Proposal traded = optimize(snapshot, Policies.plain());

        assertThat(leftAlone.trades()).isEmpty();
        assertThat(leftAlone.explanation().notes()).anyMatch(n -> n.startsWith("left alone: the best 2 trades found"
                + " lower the objective by") && n.endsWith("less than the minimum benefit of 50 bp (100.00)"));
        assertThat(traded.trades()).hasSize(2);
        assertThat(traded.explanation().notes()).anyMatch(n -> n.startsWith("benefit: the trades lower the objective"));
    }

    private Proposal optimize(HouseholdSnapshot snapshot, Policy policy) {
        return optimizer.optimize(snapshot, policy);
    }

    private static ProposedTrade trade(Proposal proposal, AccountId account, SecurityId security, Side side) {
        return proposal.trades().stream().filter(t -> t.account().equals(account) && t.security().equals(security)
                && t.side() == side).findFirst().orElseThrow(() -> new AssertionError("no " + side + " of " + security
                        + " in " + account + ": " + proposal));
    }

    private static BigDecimal cashAfter(HouseholdSnapshot snapshot, Proposal proposal, AccountId account) {
        BigDecimal cash = snapshot.cash(account);
        for (ProposedTrade trade : proposal.trades()) {
            if (trade.account().equals(account)) {
                BigDecimal value = trade.quantity().multiply(snapshot.price(trade.security()));
                cash = trade.side() == Side.SELL ? cash.add(value) : cash.subtract(value);
            }
        }
        return cash;
    }
}
