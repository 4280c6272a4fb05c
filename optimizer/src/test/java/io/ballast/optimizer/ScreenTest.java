package io.ballast.optimizer;

import static io.ballast.domain.AccountType.ROTH_IRA;
import static io.ballast.domain.AccountType.TAXABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Screen;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreenTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 15);
    private static final Screen TOBACCO = new Screen("tobacco", Set.of(), Set.of(), Set.of("tobacco"));
    private static final Screen ENERGY = new Screen("no energy", Set.of(), Set.of("ENERGY"), Set.of());
    private static final Screen NAMED = new Screen("client list", Set.of(SecurityId.of("MO")), Set.of(), Set.of());

    private final HouseholdOptimizer optimizer = new HouseholdOptimizer();

    /**
     * $20,000 on a 50/50 model of AAA and MO, MO tagged tobacco: 100 AAA at $100 (no gain) and 200 MO at $50 bought at
     * $40, a $2,000 long-term gain. The Roth holds $5,000 of cash the model would put into MO.
     */
    private static HouseholdSnapshot tobaccoHousehold() {
        return HouseholdFixture.on(TODAY).account("T", TAXABLE, "0").account("ROTH", ROTH_IRA, "5000")
                .price("AAA", "100").price("MO", "50").target("AAA", "0.5").target("MO", "0.5")
                .attributes("MO", "US_EQUITY", "tobacco").attributes("AAA", "US_EQUITY")
                .lot("T-AAA", "T", "AAA", "100", "100", LONG_AGO)
                .lot("T-MO", "T", "MO", "200", "40", LONG_AGO)
                .snapshot();
    }

    @Test
    void aScreenedHoldingIsSoldInFullWhateverTheTaxAndNeverBought() {
        Policy policy = Policies.plain().withScreens(List.of(TOBACCO), ScreenedHoldings.SELL);

        Proposal proposal = optimize(tobaccoHousehold(), policy);

        assertThat(trade(proposal, "T", "MO", Side.SELL).quantity()).isEqualByComparingTo("200");
        assertThat(proposal.trades()).noneMatch(trade -> trade.side() == Side.BUY
                && trade.security().equals(SecurityId.of("MO")));
        assertThat(proposal.explanation().realizedLongTerm()).isEqualByComparingTo("2000.00");
        assertThat(proposal.explanation().notes())
                .contains("screen tobacco: MO is never bought; 200 of the 200 shares held sold");
        // Without the screen the model keeps MO and the Roth's cash buys more of it.
        assertThat(optimize(tobaccoHousehold(), Policies.plain()).trades())
                .anyMatch(trade -> trade.side() == Side.BUY && trade.security().equals(SecurityId.of("MO")));
    }

    @Test
    void heldScreenedSharesAreKeptWhenThePolicyHoldsThem() {
        Policy policy = Policies.plain().withScreens(List.of(TOBACCO, NAMED), ScreenedHoldings.HOLD);

        Proposal proposal = optimize(tobaccoHousehold(), policy);

        assertThat(proposal.trades()).noneMatch(trade -> trade.security().equals(SecurityId.of("MO")));
        // $25,000, so $12,500 targets in AAA: the Roth buys 25 shares and MO stays at $10,000.
        assertThat(trade(proposal, "ROTH", "AAA", Side.BUY).quantity()).isEqualByComparingTo("25");
        assertThat(proposal.explanation().notes())
                .contains("screen tobacco, client list: MO is never bought; the 200 shares held are kept");
    }

    @Test
    void aScreenByAssetClassExcludesEverySecurityOfThatClass() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("ROTH", ROTH_IRA, "10000")
                .price("AAA", "100").price("XOM", "100").price("CVX", "100")
                .target("AAA", "0.5").target("XOM", "0.25").target("CVX", "0.25")
                .attributes("XOM", "ENERGY", "fossil-fuel").attributes("CVX", "ENERGY")
                .snapshot();
        Policy policy = Policies.plain().withScreens(List.of(ENERGY), ScreenedHoldings.SELL);

        Proposal proposal = optimize(snapshot, policy);

        assertThat(proposal.trades()).extracting(ProposedTrade::security).containsOnly(SecurityId.of("AAA"));
        assertThat(proposal.explanation().notes()).contains("screen no energy: CVX is never bought",
                "screen no energy: XOM is never bought");
    }

    /** A screened loss lot bought again in the window stays: selling it would wash the loss. */
    @Test
    void aWashSaleKeepsAScreenedLossLot() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .price("AAA", "100").price("MO", "50").target("AAA", "0.5").target("MO", "0.5")
                .attributes("MO", null, "tobacco")
                .lot("T-AAA", "T", "AAA", "100", "100", LONG_AGO)
                .lot("T-MO-LOSS", "T", "MO", "100", "60", LONG_AGO)
                .lot("T-MO-NEW", "T", "MO", "10", "50", TODAY.minusDays(5))
                .recent("T", "MO", Side.BUY, TODAY.minusDays(5), "10", "0")
                .snapshot();
        Policy policy = Policies.plain().withScreens(List.of(TOBACCO), ScreenedHoldings.SELL);

        Proposal proposal = optimize(snapshot, policy);

        assertThat(trade(proposal, "T", "MO", Side.SELL).quantity()).isEqualByComparingTo("10");
        assertThat(proposal.explanation().notes())
                .contains("screen tobacco: MO is never bought; 10 of the 110 shares held sold (a wash sale keeps the rest)");
    }

    /** Two MO shares, $100, below the $500 minimum trade, in a household within its 5% tolerance: they go anyway. */
    @Test
    void aScreenedHoldingIsSoldEvenWhenTheHouseholdIsWithinTolerance() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .price("AAA", "100").price("MO", "50").target("AAA", "0.99").target("MO", "0.01")
                .attributes("MO", null, "tobacco")
                .lot("T-AAA", "T", "AAA", "99", "100", LONG_AGO)
                .lot("T-MO", "T", "MO", "2", "40", LONG_AGO)
                .snapshot();
        Policy policy = Policies.of("1", "0.05", "500", "0", Set.of()).withScreens(List.of(TOBACCO),
                ScreenedHoldings.SELL);

        Proposal proposal = optimize(snapshot, policy);

        assertThat(trade(proposal, "T", "MO", Side.SELL).quantity()).isEqualByComparingTo("2");
    }

    @Test
    void screensNamingNothingOrTwiceAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Screen("empty", Set.of(), Set.of(), Set.of()))
                .hasMessage("screen empty names no security, asset class or tag");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Policies.plain()
                .withScreens(List.of(TOBACCO, TOBACCO), ScreenedHoldings.SELL))
                .hasMessage("two screens have the same name");
    }

    private Proposal optimize(HouseholdSnapshot snapshot, Policy policy) {
        Proposal proposal = optimizer.optimize(snapshot, policy);
        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).isEmpty();
        return proposal;
    }

    private static ProposedTrade trade(Proposal proposal, String account, String security, Side side) {
        List<ProposedTrade> matches = proposal.trades().stream()
                .filter(trade -> trade.account().value().equals(account)
                        && trade.security().equals(SecurityId.of(security)) && trade.side() == side)
                .toList();
        assertThat(matches).as("%s %s in %s among %s", side, security, account, proposal.trades()).hasSize(1);
        return matches.get(0);
    }

}
