package io.ballast.optimizer;

import static io.ballast.domain.AccountType.TAXABLE;
import static io.ballast.domain.AccountType.TRADITIONAL_IRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShareIncrementTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 15);

    private final HouseholdOptimizer optimizer = new HouseholdOptimizer();

    /** $1,000 of cash in an IRA, a one-security model at $300 a share, 1% reserve: $990 to invest. */
    private static HouseholdSnapshot cashOnly() {
        return HouseholdFixture.on(TODAY).account("IRA", TRADITIONAL_IRA, "1000")
                .price("AAA", "300").target("AAA", "1").snapshot();
    }

    @Test
    void wholeSharesLeaveInCashWhatAShareCannotBuy() {
        Policy policy = Policies.of("1", "0", "0", "0.01", Set.of());

        Proposal proposal = optimize(cashOnly(), policy);

        assertThat(proposal.trades()).singleElement().extracting(ProposedTrade::quantity)
                .satisfies(quantity -> assertThat(quantity).isEqualByComparingTo("3"));
    }

    @Test
    void thousandthsOfAShareInvestAllButTheReserve() {
        Policy policy = Policies.of("1", "0", "0", "0.01", Set.of()).withShareIncrement(new BigDecimal("0.001"));

        Proposal proposal = optimize(cashOnly(), policy);

        // 3.3 shares × $300 = $990, leaving exactly the $10 reserve.
        assertThat(proposal.trades()).singleElement().extracting(ProposedTrade::quantity)
                .satisfies(quantity -> assertThat(quantity).isEqualByComparingTo("3.3"));
    }

    /** A sale in tenths of a share: 1.5 of 10 shares of AAA go to bring the household to 85/15. */
    @Test
    void salesNameLotsInStepsOfTheIncrement() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.85").target("BBB", "0.15")
                .lot("A", "T", "AAA", "10", "100", LONG_AGO)
                .snapshot();
        Policy policy = Policies.plain().withShareIncrement(new BigDecimal("0.1"));

        Proposal proposal = optimize(snapshot, policy);

        assertThat(proposal.trades()).extracting(ProposedTrade::quantity)
                .allSatisfy(quantity -> assertThat(quantity).isEqualByComparingTo("1.5"));
    }

    @Test
    void anIncrementThatDoesNotDivideAShareIsRefused() {
        assertThatThrownBy(() -> Policies.plain().withShareIncrement(new BigDecimal("0.3")))
                .hasMessage("share increment must divide one share evenly (1, 0.1, 0.001, ...), was 0.3");
        assertThatThrownBy(() -> Policies.plain().withShareIncrement(new BigDecimal("5")))
                .hasMessage("share increment must divide one share evenly (1, 0.1, 0.001, ...), was 5");
    }

    private Proposal optimize(HouseholdSnapshot snapshot, Policy policy) {
        Proposal proposal = optimizer.optimize(snapshot, policy);
        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).isEmpty();
        return proposal;
    }
}
