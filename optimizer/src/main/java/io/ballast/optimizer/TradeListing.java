package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotPick;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
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

    private List<LotPick> picks(TradeSet trades, Position position) {
        List<LotPick> picks = new ArrayList<>();
        trades.sales().forEach((id, shares) -> {
            TaxLot lot = view.lot(id);
            if (lot.account().equals(position.account()) && lot.security().equals(position.security())) {
                picks.add(new LotPick(id, shares));
            }
        });
        return picks;
    }
}
