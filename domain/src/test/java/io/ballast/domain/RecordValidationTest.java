package io.ballast.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordValidationTest {
    @Test
    void aModelMustSumToOne() {
        assertThatThrownBy(() -> new Model(ModelId.of("m"),
                Map.of(SecurityId.of("VTI"), new BigDecimal("0.6"), SecurityId.of("BND"), new BigDecimal("0.3"))))
                .hasMessage("weights of model m sum to 0.9, not 1");
        assertThat(new Model(ModelId.of("m"), Map.of(SecurityId.of("VTI"), BigDecimal.ONE)).weight(SecurityId.of("BND")))
                .isZero();
    }

    @Test
    void aSaleMustPickLotsForItsWholeQuantity() {
        assertThatThrownBy(() -> new ProposedTrade(AccountId.of("A"), SecurityId.of("VTI"), Side.SELL,
                new BigDecimal("10"), List.of(new LotPick(LotId.of("L1"), new BigDecimal("4")))))
                .hasMessage("sale of 10 VTI in A picks 4 shares from its lots");
    }

    @Test
    void aBuyRelievesNoLots() {
        assertThatThrownBy(() -> new ProposedTrade(AccountId.of("A"), SecurityId.of("VTI"), Side.BUY, BigDecimal.ONE,
                List.of(new LotPick(LotId.of("L1"), BigDecimal.ONE)))).hasMessage("a buy of VTI cannot relieve lots");
    }

    @Test
    void aCashBreakHasNoSecurityAndEveryOtherBreakHasOne() {
        assertThatThrownBy(() -> new ReconBreak(AccountId.of("A"), SecurityId.of("VTI"), BreakType.CASH, BigDecimal.ONE,
                BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReconBreak(AccountId.of("A"), null, BreakType.CASH, BigDecimal.ONE, BigDecimal.TEN).difference())
                .isEqualByComparingTo("9");
        assertThatThrownBy(() -> new ReconBreak(AccountId.of("A"), null, BreakType.LOT_BASIS, BigDecimal.ONE,
                BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReconBreak(AccountId.of("A"), null, BreakType.TIMING, BigDecimal.ONE, BigDecimal.TEN).detail())
                .as("a timing break is in cash or in a security").isEmpty();
    }

    @Test
    void aMarketOrderHasNoLimitPrice() {
        assertThatThrownBy(() -> new BlockOrder(ClOrdId.of("C1"), SecurityId.of("VTI"), Side.BUY, BigDecimal.TEN,
                OrderType.MARKET, BigDecimal.ONE, TimeInForce.DAY))
                .hasMessage("market order C1 cannot have a limit price");
    }

    @Test
    void aBustOrCorrectionNamesTheFillItAmends() {
        assertThatThrownBy(() -> new ExecutionReport(ClOrdId.of("C1"), null, "E2", null, ExecutionType.TRADE_CANCEL,
                OrderStatus.NEW, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE,
                BigDecimal.ZERO, null,
                java.time.Instant.EPOCH, null)).hasMessageContaining("ExecRefID is required on the TRADE_CANCEL E2");
    }
}
