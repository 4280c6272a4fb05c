package io.ballast.optimizer;

import static io.ballast.domain.AccountType.TAXABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * AAA at $100 in one taxable account: CHEAP gains $10 a share, DEAR $50, both long-term, and ODD is 10.5 shares
 * gaining $30 a share.
 */
class RoundTripNettingTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 15);
    private static final Position T_AAA = new Position(AccountId.of("T"), SecurityId.of("AAA"));

    private final HouseholdView view = new HouseholdView(HouseholdFixture.on(TODAY).account("T", TAXABLE, "0")
            .price("AAA", "100").target("AAA", "1")
            .lot("CHEAP", "T", "AAA", "20", "90", LONG_AGO)
            .lot("DEAR", "T", "AAA", "20", "50", LONG_AGO)
            .lot("ODD", "T", "AAA", "10.5", "70", LONG_AGO)
            .snapshot(), BigDecimal.ZERO);
    private final RoundTripNetting netting = new RoundTripNetting(view, new TaxCost(view, Policies.plain()),
            new ShareIncrement(BigDecimal.ONE));

    @Test
    void aNetSaleKeepsTheLotsWithTheLeastTax() {
        TradeSet trades = trades("10", "10", "0", "15");

        assertThat(netting.apply(trades)).isEqualTo(1);

        assertThat(trades.buys()).isEmpty();
        assertThat(trades.sales()).containsOnlyKeys(LotId.of("CHEAP"));
        assertThat(trades.sold(LotId.of("CHEAP"))).isEqualByComparingTo("5");
    }

    @Test
    void aNetBuyBuysFewer() {
        TradeSet trades = trades("3", "4", "0", "10");

        netting.apply(trades);

        assertThat(trades.sales()).isEmpty();
        assertThat(trades.buys().get(T_AAA)).isEqualByComparingTo("3");
    }

    @Test
    void aWholeLotWithAFractionIsCutToWholeShares() {
        TradeSet trades = trades("0", "0", "10.5", "4");

        netting.apply(trades);

        assertThat(trades.buys()).isEmpty();
        assertThat(trades.sold(LotId.of("ODD"))).isEqualByComparingTo("6");
    }

    @Test
    void leavesAPositionWithoutABuyAlone() {
        TradeSet trades = trades("10", "10", "0", "0");

        assertThat(netting.apply(trades)).isZero();

        assertThat(trades.sold(LotId.of("CHEAP"))).isEqualByComparingTo("10");
        assertThat(trades.sold(LotId.of("DEAR"))).isEqualByComparingTo("10");
    }

    private TradeSet trades(String cheap, String dear, String odd, String bought) {
        TradeSet trades = new TradeSet(view);
        trades.sell(LotId.of("CHEAP"), new BigDecimal(cheap));
        trades.sell(LotId.of("DEAR"), new BigDecimal(dear));
        trades.sell(LotId.of("ODD"), new BigDecimal(odd));
        trades.buy(T_AAA, new BigDecimal(bought));
        return trades;
    }
}
