package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotPick;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Side;
import java.util.ArrayList;
import java.util.List;

/** Lists whole-share trades as proposed trades, by account, sells (which fund the buys) before buys, then security. */
final class TradeListing {
    private final HouseholdView view;

    TradeListing(HouseholdView view) {
        this.view = view;
    }

    List<ProposedTrade> list(TradeSet trades) {
        List<ProposedTrade> listed = new ArrayList<>();
        for (AccountId account : view.accountIds()) {
            trades.salesByPosition().forEach((position, shares) -> {
                if (position.account().equals(account)) {
                    listed.add(new ProposedTrade(account, position.security(), Side.SELL, shares,
                            picks(trades, position)));
                }
            });
            trades.buys().forEach((position, shares) -> {
                if (position.account().equals(account)) {
                    listed.add(new ProposedTrade(account, position.security(), Side.BUY, shares, List.of()));
                }
            });
        }
        return listed;
    }

    private static List<LotPick> picks(TradeSet trades, Position position) {
        return trades.lotsSold(position).stream().map(lot -> new LotPick(lot.id(), trades.sold(lot.id()))).toList();
    }
}
