package io.ballast.optimizer;

import static io.ballast.domain.AccountType.ROTH_IRA;
import static io.ballast.domain.AccountType.TAXABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.Sleeve;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SleeveModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 15);

    private final HouseholdOptimizer optimizer = new HouseholdOptimizer();

    /**
     * US equity through VTI, with ITOT (same market, weight 0) as its substitute, and bonds through BND; one market
     * factor carries both equity funds, so ITOT tracks VTI to within 0.5% a year.
     */
    private static HouseholdFixture equityAndBonds() {
        RiskModel market = new RiskModel(List.of("EQUITY", "RATES"),
                Map.of(SecurityId.of("VTI"), List.of(1.0, 0.0), SecurityId.of("ITOT"), List.of(1.0, 0.0),
                        SecurityId.of("BND"), List.of(0.0, 1.0)),
                List.of(List.of(0.03, 0.0), List.of(0.0, 0.003)),
                Map.of(SecurityId.of("VTI"), 0.00001, SecurityId.of("ITOT"), 0.00001, SecurityId.of("BND"), 0.0001));
        return HouseholdFixture.on(TODAY).account("T", TAXABLE, "0").account("ROTH", ROTH_IRA, "6000")
                .price("VTI", "100").price("ITOT", "50").price("BND", "100")
                .sleeve("US equity", "0.6", "VTI", "1", "ITOT", "0")
                .sleeve("bonds", "0.4", "BND", "1")
                .riskModel(market)
                .lot("T-BND", "T", "BND", "40", "100", LONG_AGO);
    }

    @Test
    void aSleeveIsFilledThroughItsMainSecurity() {
        Proposal proposal = optimize(equityAndBonds().snapshot(), Policies.plain());

        assertThat(trade(proposal, "ROTH", "VTI").quantity()).isEqualByComparingTo("60");
        assertThat(proposal.explanation().notes()).contains(
                "sleeve US equity: 0.00% → 60.00% of the investable value, target 60.00% (2 securities)",
                "sleeve bonds: 40.00% → 40.00% of the investable value, target 40.00% (1 securities)");
    }

    /** VTI was sold at a loss ten days ago: the sleeve is filled through ITOT instead, not left empty. */
    @Test
    void aWashSaleFillsTheSleeveThroughItsSubstitute() {
        HouseholdSnapshot snapshot = equityAndBonds()
                .recent("T", "VTI", Side.SELL, TODAY.minusDays(10), "10", "-200").snapshot();

        Proposal proposal = optimize(snapshot, Policies.plain());

        assertThat(proposal.trades()).noneMatch(trade -> trade.security().equals(SecurityId.of("VTI")));
        assertThat(trade(proposal, "ROTH", "ITOT").quantity()).isEqualByComparingTo("120");
    }

    /** A direct-index sleeve weighted by market capitalisation: the weights are scaled to the sleeve. */
    @Test
    void aDirectIndexSleeveSpreadsItsWeightLikeTheIndex() {
        Model model = Model.ofSleeves(ModelId.of("DI"), List.of(
                new Sleeve("US large cap", new BigDecimal("0.8"), Map.of(SecurityId.of("AAPL"), new BigDecimal("3000"),
                        SecurityId.of("MSFT"), new BigDecimal("2500"), SecurityId.of("NVDA"), new BigDecimal("2500"))),
                new Sleeve("bonds", new BigDecimal("0.2"), Map.of(SecurityId.of("BND"), BigDecimal.ONE))));

        assertThat(model.weight(SecurityId.of("AAPL"))).isEqualByComparingTo("0.3");
        assertThat(model.weight(SecurityId.of("MSFT"))).isEqualByComparingTo("0.25");
        assertThat(model.weight(SecurityId.of("BND"))).isEqualByComparingTo("0.2");
    }

    @Test
    void aSecurityInTwoSleevesOrSleevesNotSummingToOneAreRefused() {
        Sleeve equity = new Sleeve("equity", new BigDecimal("0.5"), Map.of(SecurityId.of("VTI"), BigDecimal.ONE));
        Sleeve more = new Sleeve("more", new BigDecimal("0.5"), Map.of(SecurityId.of("VTI"), BigDecimal.ONE));
        Sleeve bonds = new Sleeve("bonds", new BigDecimal("0.4"), Map.of(SecurityId.of("BND"), BigDecimal.ONE));

        assertThatThrownBy(() -> Model.ofSleeves(ModelId.of("M"), List.of(equity, more)))
                .hasMessage("VTI is in two sleeves of model M");
        assertThatThrownBy(() -> Model.ofSleeves(ModelId.of("M"), List.of(equity, bonds)))
                .hasMessage("weights of model M sum to 0.9, not 1");
        assertThatThrownBy(() -> new Sleeve("empty", BigDecimal.ONE, Map.of(SecurityId.of("VTI"), BigDecimal.ZERO)))
                .hasMessage("sleeve empty has no security with a positive weight");
    }

    private Proposal optimize(HouseholdSnapshot snapshot, Policy policy) {
        Proposal proposal = optimizer.optimize(snapshot, policy);
        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).isEmpty();
        return proposal;
    }

    private static ProposedTrade trade(Proposal proposal, String account, String security) {
        List<ProposedTrade> matches = proposal.trades().stream()
                .filter(trade -> trade.account().value().equals(account)
                        && trade.security().equals(SecurityId.of(security)))
                .toList();
        assertThat(matches).as("%s in %s among %s", security, account, proposal.trades()).hasSize(1);
        return matches.get(0);
    }
}
