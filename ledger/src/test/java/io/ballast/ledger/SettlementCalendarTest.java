package io.ballast.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettlementCalendarTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate THANKSGIVING = LocalDate.of(2026, 11, 26);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void tradesSettleTheNextBusinessDay() {
        assertThat(SettlementCalendar.T_PLUS_ONE.settlementDate(WEDNESDAY)).isEqualTo(THANKSGIVING);
        assertThat(SettlementCalendar.T_PLUS_ONE.settlementDate(FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void holidaysAreSkipped() {
        SettlementCalendar calendar = new SettlementCalendar(1, Set.of(THANKSGIVING));

        assertThat(calendar.settlementDate(WEDNESDAY)).isEqualTo(FRIDAY);
        assertThat(calendar.earliestUnsettledTradeDate(THANKSGIVING)).isEqualTo(WEDNESDAY);
    }

    @Test
    void theEarliestUnsettledTradeDateIsTheLastThatSettlesAfterTheAsOfDate() {
        assertThat(SettlementCalendar.T_PLUS_ONE.earliestUnsettledTradeDate(WEDNESDAY)).isEqualTo(WEDNESDAY);
        // trades of Friday settle on Monday, after a Saturday as-of
        assertThat(SettlementCalendar.T_PLUS_ONE.earliestUnsettledTradeDate(LocalDate.of(2026, 11, 28)))
                .isEqualTo(FRIDAY);
        assertThat(new SettlementCalendar(0, Set.of()).earliestUnsettledTradeDate(WEDNESDAY))
                .isEqualTo(WEDNESDAY.plusDays(1));
    }
}
