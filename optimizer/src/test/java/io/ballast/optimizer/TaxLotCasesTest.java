package io.ballast.optimizer;

import static io.ballast.domain.AccountType.TAXABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Side;
import io.ballast.domain.TaxRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked lot choices where the tax rules decide: specific identification against HIFO, and a replacement lot
 * as the ledger leaves it after a wash sale (its basis and holding period carried over).
 */
class TaxLotCasesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private final HouseholdOptimizer optimizer = new HouseholdOptimizer();

    /**
     * 25 of 100 AAA at $100 must go. HIFO would relieve the $95 lot, bought in March: a $5 short-term gain taxed at
     * 40.8%, $2.04 a share, $51.00. The $93 lot, held for years, gains $7 at 23.8%, $1.666 a share: $41.65.
     * Specific identification picks the lot with the least tax, not the highest basis.
     */
    @Test
    void specificIdentificationBeatsHighestInFirstOut() {
        HouseholdSnapshot snapshot = HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
                .price("AAA", "100").price("BBB", "100").target("AAA", "0.75").target("BBB", "0.25")
                .lot("HIGHEST", "T", "AAA", "50", "95", LocalDate.of(2025, 3, 3))
                .lot("OLD", "T", "AAA", "50", "93", LocalDate.of(2019, 5, 1))
                .snapshot();

        Proposal proposal = optimize(snapshot, Policies.plain());

        assertThat(sale(proposal).lots()).containsExactly(new LotPick(LotId.of("OLD"), new BigDecimal("25")));
        assertThat(proposal.explanation().estimatedTax()).isEqualByComparingTo("41.65");
    }

    /**
     * IRS Publication 550's example as the ledger books it (see the ledger's WashSaleTest): 100 shares bought for
     * 1,000 on 2026-01-15, sold for 750 on 2026-11-02, and 100 bought back for 800 eighteen days later. The
     * replacement lot carries basis 800 + 250 = 1,050 and counts as bought 2026-02-02 (the 291 days the first lot was
     * held, carried over). Sold in full at $12 it realises 1,200 − 1,050 = 150, long term from 2027-02-03 though
     * bought in November: $35.70 at 23.8%; on 2027-02-02 it is short term: $61.20 at 40.8%.
     */
    @Test
    void aWashedReplacementLotKeepsItsCarriedBasisAndHoldingPeriod() {
        Proposal longTerm = optimize(pub550Replacement(LocalDate.of(2027, 2, 3)), Policies.plain());
        Proposal shortTerm = optimize(pub550Replacement(LocalDate.of(2027, 2, 2)), Policies.plain());

        assertThat(sale(longTerm).quantity()).isEqualByComparingTo("100");
        assertThat(longTerm.explanation().realizedLongTerm()).isEqualByComparingTo("150.00");
        assertThat(longTerm.explanation().estimatedTax()).isEqualByComparingTo("35.70");
        assertThat(shortTerm.explanation().realizedShortTerm()).isEqualByComparingTo("150.00");
        assertThat(shortTerm.explanation().estimatedTax()).isEqualByComparingTo("61.20");
    }

    private static HouseholdSnapshot pub550Replacement(LocalDate tradeDate) {
        return HouseholdFixture.on(tradeDate).account("T", TAXABLE, "0")
                .price("XYZ", "12").price("BBB", "100").target("BBB", "1")
                .lot("REPLACEMENT", "T", "XYZ", "100", "10.50", LocalDate.of(2026, 2, 2))
                .recent("T", "XYZ", Side.SELL, LocalDate.of(2026, 11, 2), "100", "-250")
                .recent("T", "XYZ", Side.BUY, LocalDate.of(2026, 11, 20), "100", "0")
                .snapshot();
    }

    /**
     * The parts add up: 37% federal short-term, 20% long-term, 3.8% NIIT and a 5% state rate charge 45.8% and 28.8%;
     * the combined form of the same rates gives the same proposal.
     */
    @Test
    void ratesInPartsChargeTheirSum() {
        TaxRates parts = new TaxRates(new BigDecimal("0.37"), new BigDecimal("0.20"), new BigDecimal("0.038"),
                new BigDecimal("0.05"));
        TaxRates combined = new TaxRates(new BigDecimal("0.458"), new BigDecimal("0.288"));
        HouseholdSnapshot snapshot = pub550Replacement(LocalDate.of(2027, 2, 3));

        Proposal withParts = optimize(snapshot, withRates(parts));

        assertThat(parts.shortTerm()).isEqualByComparingTo("0.458");
        assertThat(parts.longTerm()).isEqualByComparingTo("0.288");
        assertThat(withParts.explanation().estimatedTax()).isEqualByComparingTo("43.20");
        assertThat(optimize(snapshot, withRates(combined))).isEqualTo(withParts);
    }

    private static Policy withRates(TaxRates rates) {
        Policy plain = Policies.plain();
        return new Policy(rates, plain.taxWeight(), plain.riskAversion(), plain.driftTolerance(), plain.costBps(),
                plain.ticketCost(), plain.minTradeValue(), plain.cashReserve(), Set.of(), plain.washSaleDays(), null,
                plain.substantiallyIdentical());
    }

    private Proposal optimize(HouseholdSnapshot snapshot, Policy policy) {
        Proposal proposal = optimizer.optimize(snapshot, policy);
        assertThat(ProposalAudit.violations(snapshot, policy, proposal)).isEmpty();
        return proposal;
    }

    private static ProposedTrade sale(Proposal proposal) {
        return proposal.trades().stream().filter(trade -> trade.side() == Side.SELL).findFirst().orElseThrow();
    }
}
