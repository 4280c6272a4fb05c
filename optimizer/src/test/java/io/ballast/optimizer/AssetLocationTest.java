package io.ballast.optimizer;

import static io.ballast.domain.AccountType.TAXABLE;
import static io.ballast.domain.AccountType.TRADITIONAL_IRA;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetLocationTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 15);
    /** Bond income is taxed every year: 0.5% a year of drag in a taxable account; equity funds are efficient. */
    private static final Map<String, BigDecimal> BONDS_IN_THE_IRA = Map.of("BOND", new BigDecimal("0.005"),
            "US_EQUITY", new BigDecimal("-0.001"));

    private final HouseholdOptimizer optimizer = new HouseholdOptimizer();

    /** $10,000 of cash in each of a taxable account and an IRA, a 50/50 model of a bond fund and an equity fund. */
    private static HouseholdSnapshot cashInBothAccounts() {
        return HouseholdFixture.on(TODAY).account("T", TAXABLE, "10000").account("IRA", TRADITIONAL_IRA, "10000")
                .price("BND", "100").price("VTI", "100").target("BND", "0.5").target("VTI", "0.5")
                .attributes("BND", "BOND").attributes("VTI", "US_EQUITY")
                .snapshot();
    }

    @Test
    void bondsGoToTheIraAndEquityToTheTaxableAccount() {
        Policy policy = Policies.plain().withAssetLocation(BONDS_IN_THE_IRA);

        Proposal proposal = optimize(cashInBothAccounts(), policy);

        assertThat(positions(proposal)).containsExactlyInAnyOrder("BUY 100 BND in IRA", "BUY 100 VTI in T");
        assertThat(proposal.explanation().notes())
                .contains("asset location: value held where its class should not be 0.00 → 0.00");
    }

    /**
     * $20,100: the taxable account holds 100 BND and $100 of cash, the IRA 100 VTI, on a 50/50 model. Swapping them
     * saves a year's location cost of $60 (0.5% of $10,000 of bonds, 0.1% of $10,000 of equity) for $20 of trading
     * cost, so it pays while the bonds sell at no gain, and not once selling them would cost $1,190 of tax.
     */
    @Test
    void swapsAssetsBetweenAccountsOnlyWhereNoTaxIsDue() {
        Policy policy = Policies.plain().withAssetLocation(BONDS_IN_THE_IRA);

        Proposal atCost = optimize(misplaced("100"), policy);
        Proposal atGain = optimize(misplaced("50"), policy);

        assertThat(positions(atCost)).containsExactlyInAnyOrder("SELL 100 BND in T", "BUY 100 VTI in T",
                "SELL 100 VTI in IRA", "BUY 100 BND in IRA");
        assertThat(atCost.explanation().estimatedTax()).isEqualByComparingTo("0");
        assertThat(atCost.explanation().notes())
                .contains("asset location: value held where its class should not be 20000.00 → 0.00");
        assertThat(atGain.trades()).noneMatch(trade -> trade.security().equals(SecurityId.of("BND")));
        assertThat(atGain.explanation().estimatedTax()).isEqualByComparingTo("0");
    }

    private static HouseholdSnapshot misplaced(String bondBasis) {
        return HouseholdFixture.on(TODAY).account("T", TAXABLE, "100").account("IRA", TRADITIONAL_IRA, "0")
                .price("BND", "100").price("VTI", "100").target("BND", "0.5").target("VTI", "0.5")
                .attributes("BND", "BOND").attributes("VTI", "US_EQUITY")
                .lot("T-BND", "T", "BND", "100", bondBasis, LONG_AGO)
                .lot("IRA-VTI", "IRA", "VTI", "100", "100", LONG_AGO)
                .snapshot();
    }

    /** 100 VTI in each account, the taxable lot at a $5,000 gain, a 50/50 model: the IRA does all the selling. */
    @Test
    void rebalancesThroughTheIraFirst() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .account("IRA", TRADITIONAL_IRA, "0")
                .price("BND", "100").price("VTI", "100").target("BND", "0.5").target("VTI", "0.5")
                .lot("T-VTI", "T", "VTI", "100", "50", LONG_AGO)
                .lot("IRA-VTI", "IRA", "VTI", "100", "100", LONG_AGO)
                .snapshot();

        Proposal proposal = optimize(snapshot, Policies.plain());

        assertThat(positions(proposal)).containsExactlyInAnyOrder("SELL 100 VTI in IRA", "BUY 100 BND in IRA");
        assertThat(proposal.explanation().notes()).contains("tax-deferred first: 10000.00 of the 10000.00 sold is"
                + " sold in IRA, Roth and tax-exempt accounts, free of tax");
    }

    private Proposal optimize(HouseholdSnapshot snapshot, Policy policy) {
        Proposal proposal = optimizer.optimize(snapshot, policy);
        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).isEmpty();
        return proposal;
    }

    private static List<String> positions(Proposal proposal) {
        return proposal.trades().stream().map(trade -> trade.side() + " " + trade.quantity().toPlainString() + " "
                + trade.security() + " in " + trade.account()).toList();
    }
}
