package io.ballast.optimizer;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the household's recent trades forbid today (IRC §1091, all accounts of the household):
 * a security sold at a loss within the window may not be bought in any account, IRA and Roth included;
 * a security bought within the window may not have loss lots sold. The window is the {@code washSaleDays}
 * days before the trade date and the trade date itself.
 */
final class WashSaleWindow {
    private final SortedMap<SecurityId, RecentTrade> lossSales = new TreeMap<>();
    private final SortedMap<SecurityId, RecentTrade> buys = new TreeMap<>();

    WashSaleWindow(HouseholdSnapshot snapshot, HouseholdView view, int washSaleDays) {
        LocalDate from = snapshot.tradeDate().minusDays(washSaleDays);
        for (RecentTrade trade : snapshot.recentTrades()) {
            if (trade.tradeDate().isBefore(from) || trade.tradeDate().isAfter(snapshot.tradeDate())) {
                continue;
            }
            if (trade.side() == Side.BUY) {
                buys.merge(trade.security(), trade, WashSaleWindow::latest);
            } else if (trade.isLossSale() && !view.isKnownTaxExempt(trade.account())) {
                lossSales.merge(trade.security(), trade, WashSaleWindow::latest);
            }
        }
    }

    private static RecentTrade latest(RecentTrade a, RecentTrade b) {
        return b.tradeDate().isAfter(a.tradeDate()) ? b : a;
    }

    /** The latest loss sale in the window per security: these may not be bought. */
    SortedMap<SecurityId, RecentTrade> lossSales() {
        return Collections.unmodifiableSortedMap(lossSales);
    }

    /** The latest buy in the window per security: their loss lots may not be sold. */
    SortedMap<SecurityId, RecentTrade> buys() {
        return Collections.unmodifiableSortedMap(buys);
    }
}
