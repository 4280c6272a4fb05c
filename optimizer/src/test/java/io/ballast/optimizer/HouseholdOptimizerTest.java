package io.ballast.optimizer;

import static io.ballast.domain.AccountType.ROTH_IRA;
import static io.ballast.domain.AccountType.TAXABLE;
import static io.ballast.domain.AccountType.TRADITIONAL_IRA;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.AccountId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HouseholdOptimizerTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 15);

    private final HouseholdOptimizer optimizer = new HouseholdOptimizer();

    /** $20,000 all in AAA at $100 against a 50/50 model: 100 shares of AAA must go, from a gain lot or a loss lot. */
    private static HouseholdFixture overweightTaxable() {
        return HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.5").target("BBB", "0.5")
                .lot("GAIN", "T", "AAA", "100", "50", LONG_AGO)
                .lot("LOSS", "T", "AAA", "100", "120", LONG_AGO);
    }

    @Test
    void sellsTheLossLotBeforeTheGainLot() {
        Proposal proposal = optimize(overweightTaxable().snapshot(), Policies.plain());

        assertThat(sale(proposal, "T", "AAA").lots()).containsExactly(pick("LOSS", "100"));
        assertThat(buy(proposal, "T", "BBB").quantity()).isEqualByComparingTo("100");
        assertThat(proposal.explanation().realizedLongTerm()).isEqualByComparingTo("-2000.00");
        assertThat(proposal.explanation().estimatedTax()).isEqualByComparingTo("-476.00");
        assertThat(proposal.explanation().driftBefore()).isEqualByComparingTo("1");
        assertThat(proposal.explanation().driftAfter()).isEqualByComparingTo("0");
        assertThat(proposal.explanation().notes()).contains("wash sale: losses in AAA harvested, so it is not bought");
    }

    @Test
    void rebalancesThroughTheIraRatherThanRealiseTaxableGains() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY)
                .account("T", TAXABLE, "0").account("IRA", TRADITIONAL_IRA, "0")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.5").target("BBB", "0.5")
                .lot("T-AAA", "T", "AAA", "100", "50", LONG_AGO)
                .lot("IRA-AAA", "IRA", "AAA", "100", "100", LONG_AGO)
                .snapshot();

        Proposal proposal = optimize(snapshot, Policies.plain());

        assertThat(proposal.trades()).extracting(ProposedTrade::account).containsOnly(AccountId.of("IRA"));
        assertThat(sale(proposal, "IRA", "AAA").quantity()).isEqualByComparingTo("100");
        assertThat(buy(proposal, "IRA", "BBB").quantity()).isEqualByComparingTo("100");
        assertThat(proposal.explanation().estimatedTax()).isEqualByComparingTo("0");
        assertThat(proposal.explanation().driftAfter()).isEqualByComparingTo("0");
    }

    /**
     * 25 of 100 AAA shares must go. The recent lot gains $10 a share at the short-term 40.8% ($4.08 tax); the old lot
     * gains $15 a share, long-term 23.8% ($3.57) once held more than a year, short-term 40.8% ($6.12) the day before.
     */
    @Test
    void theOneYearBoundaryDecidesWhichLotIsSold() {
        LocalDate oldLotBought = LocalDate.of(2024, 6, 1);
        Proposal dayAfterAnniversary = optimize(boundaryHousehold(TODAY, oldLotBought), Policies.plain());
        Proposal onAnniversary = optimize(boundaryHousehold(oldLotBought.plusYears(1), oldLotBought),
                Policies.plain());

        assertThat(sale(dayAfterAnniversary, "T", "AAA").lots()).containsExactly(pick("OLD", "25"));
        assertThat(dayAfterAnniversary.explanation().realizedLongTerm()).isEqualByComparingTo("375.00");
        assertThat(sale(onAnniversary, "T", "AAA").lots()).containsExactly(pick("RECENT", "25"));
        assertThat(onAnniversary.explanation().realizedShortTerm()).isEqualByComparingTo("250.00");
    }

    private static HouseholdSnapshot boundaryHousehold(LocalDate tradeDate, LocalDate oldLotBought) {
        return HouseholdFixture.on(tradeDate).account("T", TAXABLE, "0")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.75").target("BBB", "0.25")
                .lot("OLD", "T", "AAA", "50", "85", oldLotBought)
                .lot("RECENT", "T", "AAA", "50", "90", LocalDate.of(2025, 3, 1))
                .snapshot();
    }

    @Test
    void neverBuysARestrictedSecurity() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("IRA", TRADITIONAL_IRA, "5000")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.5").target("BBB", "0.5")
                .lot("IRA-AAA", "IRA", "AAA", "50", "100", LONG_AGO)
                .snapshot();
        Policy restrictBbb = Policies.of("1", "0", "0", "0", Set.of(SecurityId.of("BBB")));

        Proposal proposal = optimize(snapshot, restrictBbb);

        assertThat(proposal.trades()).noneMatch(trade -> trade.side() == Side.BUY
                && trade.security().equals(SecurityId.of("BBB")));
        assertThat(proposal.explanation().notes()).contains("restricted: BBB is never bought");
        assertThat(optimize(snapshot, Policies.plain()).trades())
                .anyMatch(trade -> trade.security().equals(SecurityId.of("BBB")));
    }

    @Test
    void leavesAHouseholdWithinToleranceAlone() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "100")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.5").target("BBB", "0.5")
                .lot("A", "T", "AAA", "50", "50", LONG_AGO)
                .lot("B", "T", "BBB", "49", "50", LONG_AGO)
                .snapshot();
        Policy tolerant = Policies.of("1", "0.02", "0", "0", Set.of());

        Proposal proposal = optimize(snapshot, tolerant);

        assertThat(proposal.trades()).isEmpty();
        assertThat(proposal.explanation().driftBefore()).isEqualByComparingTo("0.02");
        assertThat(proposal.explanation().driftAfter()).isEqualByComparingTo("0.02");
        assertThat(proposal.explanation().notes())
                .containsExactly("left alone: drift 0.020000 is within the tolerance 0.02");
    }

    /**
     * $10,000: $100 cash, exactly the 1% reserve, and the other $9,900 split 50/50 as the model says (50 AAA at $99,
     * 90 BBB at $55). The model's weights apply to the investable 99% and cash targets the reserve, so drift is 0 —
     * within even a zero tolerance, so no solve.
     */
    @Test
    void leavesAHouseholdOnModelWithExactlyItsReserveInCashAlone() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "100")
                .price("AAA", "99").price("BBB", "55").target("AAA", "0.5").target("BBB", "0.5")
                .lot("A", "T", "AAA", "50", "50", LONG_AGO)
                .lot("B", "T", "BBB", "90", "50", LONG_AGO)
                .snapshot();

        for (Policy policy : List.of(Policy.standard(), Policies.of("1", "0", "0", "0.01", Set.of()))) {
            Proposal proposal = optimize(snapshot, policy);

            assertThat(proposal.trades()).isEmpty();
            assertThat(proposal.explanation().driftBefore()).isEqualByComparingTo("0");
            assertThat(proposal.explanation().driftAfter()).isEqualByComparingTo("0");
            assertThat(proposal.explanation().notes()).containsExactly("left alone: drift 0.000000 is within the tolerance "
                    + policy.driftTolerance().toPlainString());
        }
    }

    /** BBB is half the model and the Roth holds the cash to buy it, but BBB was sold at a loss 10 days ago. */
    @Test
    void aRecentLossSaleBlocksTheBuyEvenInTheRoth() {
        HouseholdFixture household = HouseholdFixture.on(TODAY)
                .account("T", TAXABLE, "0").account("ROTH", ROTH_IRA, "10000")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.5").target("BBB", "0.5")
                .lot("T-AAA", "T", "AAA", "100", "100", LONG_AGO);
        Proposal unblocked = optimize(household.snapshot(), Policies.plain());
        Proposal blocked = optimize(household.recent("T", "BBB", Side.SELL, TODAY.minusDays(10), "40", "-800")
                .snapshot(), Policies.plain());

        assertThat(buy(unblocked, "ROTH", "BBB").quantity()).isEqualByComparingTo("100");
        assertThat(blocked.trades()).noneMatch(trade -> trade.security().equals(SecurityId.of("BBB")));
        assertThat(blocked.explanation().notes())
                .contains("wash sale: BBB not bought in any account (BBB sold at a loss in T on 2025-05-23)");
    }

    @Test
    void aRecentBuyBlocksSellingTheLossLots() {
        HouseholdSnapshot snapshot = overweightTaxable()
                .account("IRA", TRADITIONAL_IRA, "0")
                .recent("IRA", "AAA", Side.BUY, TODAY.minusDays(10), "5", "0")
                .snapshot();

        Proposal proposal = optimize(snapshot, Policies.plain());

        // The last two of the gain lot's shares would add $23.80 of tax to take off $16 of risk: they stay.
        assertThat(sale(proposal, "T", "AAA").lots()).containsExactly(pick("GAIN", "98"));
        assertThat(proposal.explanation().notes())
                .contains("wash sale: loss lots of AAA kept (AAA bought in IRA on 2025-05-23)");
    }

    @Test
    void aSaleOfAnEntireFractionalLotKeepsItsFraction() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("IRA", TRADITIONAL_IRA, "0")
                .price("AAA", "100").price("BBB", "100").target("BBB", "1")
                .lot("IRA-AAA", "IRA", "AAA", "10.5", "100", LONG_AGO)
                .snapshot();

        Proposal proposal = optimize(snapshot, Policies.plain());

        assertThat(sale(proposal, "IRA", "AAA").lots()).containsExactly(pick("IRA-AAA", "10.5"));
        assertThat(buy(proposal, "IRA", "BBB").quantity()).isEqualByComparingTo("10");
    }

    @Test
    void keepsTheCashReserveAfterRoundingToWholeShares() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("IRA", TRADITIONAL_IRA, "0")
                .price("AAA", "30").price("BBB", "70").target("AAA", "0.5").target("BBB", "0.5")
                .lot("IRA-AAA", "IRA", "AAA", "333", "30", LONG_AGO)
                .snapshot();
        Policy reserve = Policies.of("1", "0", "0", "0.03", Set.of());

        Proposal proposal = optimize(snapshot, reserve);

        assertThat(ProposalAudit.violations(snapshot, reserve, proposal)).isEmpty();
        assertThat(proposal.trades()).isNotEmpty();
    }

    /** BBB is half the model, but BBB and AAA are one wash group and AAA was sold at a loss 10 days ago. */
    @Test
    void aLossSaleBlocksBuyingAnySubstantiallyIdenticalSecurity() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY)
                .account("T", TAXABLE, "0").account("IRA", TRADITIONAL_IRA, "10000")
                .price("AAA", "100").price("BBB", "100").price("CCC", "100")
                .target("BBB", "0.5").target("CCC", "0.5")
                .lot("T-CCC", "T", "CCC", "100", "100", LONG_AGO)
                .recent("T", "AAA", Side.SELL, TODAY.minusDays(10), "40", "-800")
                .snapshot();
        Policy plain = Policies.plain();
        Policy grouped = Policies.withIdentical(plain, Set.of(SecurityId.of("AAA"), SecurityId.of("BBB")));

        assertThat(buy(optimize(snapshot, plain), "IRA", "BBB").quantity()).isEqualByComparingTo("100");
        Proposal blocked = optimize(snapshot, grouped);
        assertThat(blocked.trades()).noneMatch(trade -> trade.security().equals(SecurityId.of("BBB")));
        assertThat(blocked.explanation().notes())
                .contains("wash sale: BBB not bought in any account (AAA sold at a loss in T on 2025-05-23)");
    }

    /** $20,000 all in AAA with a $50 gain a share against 50/50: the $1,000 budget lets 20 of the 100 shares go. */
    @Test
    void theGainsBudgetCapsTheNetGainRealised() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.5").target("BBB", "0.5")
                .lot("GAIN", "T", "AAA", "200", "50", LONG_AGO)
                .snapshot();
        Policy budget = Policies.withGainsBudget(Policies.plain(), new BigDecimal("1000"));

        Proposal proposal = optimize(snapshot, budget);

        assertThat(proposal.explanation().realizedLongTerm()).isEqualByComparingTo("1000.00");
        assertThat(sale(proposal, "T", "AAA").lots()).containsExactly(pick("GAIN", "20"));
        assertThat(proposal.explanation().notes()).contains("gains budget binds: 0.00 of 1000 left");
    }

    private Proposal optimize(HouseholdSnapshot snapshot, Policy policy) {
        Proposal proposal = optimizer.optimize(snapshot, policy);
        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).isEmpty();
        return proposal;
    }

    private static ProposedTrade sale(Proposal proposal, String account, String security) {
        return trade(proposal, account, security, Side.SELL);
    }

    private static ProposedTrade buy(Proposal proposal, String account, String security) {
        return trade(proposal, account, security, Side.BUY);
    }

    private static ProposedTrade trade(Proposal proposal, String account, String security, Side side) {
        List<ProposedTrade> matches = proposal.trades().stream()
                .filter(trade -> trade.account().equals(AccountId.of(account))
                        && trade.security().equals(SecurityId.of(security)) && trade.side() == side)
                .toList();
        assertThat(matches).as("%s %s in %s among %s", side, security, account, proposal.trades()).hasSize(1);
        return matches.get(0);
    }

    private static LotPick pick(String lot, String quantity) {
        return new LotPick(LotId.of(lot), new BigDecimal(quantity));
    }
}
