package io.ballast.ledger;

import io.ballast.domain.Require;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** When a trade settles: a number of business days after its trade date, skipping weekends and market holidays. */
public record SettlementCalendar(int days, Set<LocalDate> holidays) {
    /** US equities and ETFs settle T+1 (since May 2024); no holidays known. */
    public static final SettlementCalendar T_PLUS_ONE = new SettlementCalendar(1, Set.of());

    public SettlementCalendar {
        if (days < 0) {
            throw new IllegalArgumentException("settlement days must not be negative, was " + days);
        }
        holidays = Set.copyOf(Require.present(holidays, "holidays"));
    }

    public LocalDate settlementDate(LocalDate tradeDate) {
        LocalDate date = tradeDate;
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** The earliest trade date whose trades had not settled by {@code asOf}; later ones had not either. */
    public LocalDate earliestUnsettledTradeDate(LocalDate asOf) {
        LocalDate earliest = asOf.plusDays(1);
        while (settlementDate(earliest.minusDays(1)).isAfter(asOf)) {
            earliest = earliest.minusDays(1);
        }
        return earliest;
    }

    private boolean isBusinessDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }
}
