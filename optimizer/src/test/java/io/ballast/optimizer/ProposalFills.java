package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The household the day after a proposal filled in full at the snapshot's prices, built straight from the snapshot
 * and sharing no code with the optimizer: sales relieve the lots they pick (basis pro rata), each buy opens a lot
 * acquired on the trade date, cash moves by the value traded (cost is not debited, as in the optimizer), and every
 * trade joins the recent trades so the wash-sale windows see it.
 */
public final class ProposalFills {
    private ProposalFills() {
    }

    public static HouseholdSnapshot dayAfter(HouseholdSnapshot snapshot, Proposal proposal) {
        return filled(snapshot, proposal, snapshot.tradeDate().plusDays(1));
    }

    /** The household once the proposal filled, still on the snapshot's trade date. */
    public static HouseholdSnapshot sameDay(HouseholdSnapshot snapshot, Proposal proposal) {
        return filled(snapshot, proposal, snapshot.tradeDate());
    }

    private static HouseholdSnapshot filled(HouseholdSnapshot snapshot, Proposal proposal, LocalDate tradeDate) {
        Map<LotId, TaxLot> lots = new LinkedHashMap<>();
        snapshot.lots().forEach(lot -> lots.put(lot.id(), lot));
        Map<AccountId, BigDecimal> cash = new HashMap<>(snapshot.cash());
        List<RecentTrade> recent = new ArrayList<>(snapshot.recentTrades());
        int bought = 0;
        for (ProposedTrade trade : proposal.trades()) {
            BigDecimal price = snapshot.price(trade.security());
            BigDecimal value = trade.quantity().multiply(price);
            BigDecimal gain = BigDecimal.ZERO;
            if (trade.side() == Side.SELL) {
                for (LotPick pick : trade.lots()) {
                    TaxLot lot = lots.get(pick.lot());
                    BigDecimal left = lot.quantity().subtract(pick.quantity());
                    BigDecimal basisSold = lot.costBasis().multiply(pick.quantity())
                            .divide(lot.quantity(), MathContext.DECIMAL64);
                    gain = gain.add(pick.quantity().multiply(price).subtract(basisSold));
                    if (left.signum() > 0) {
                        lots.put(lot.id(), new TaxLot(lot.id(), lot.account(), lot.security(), left,
                                lot.costBasis().subtract(basisSold), lot.acquired()));
                    } else {
                        lots.remove(lot.id());
                    }
                }
                cash.merge(trade.account(), value, BigDecimal::add);
            } else {
                LotId id = LotId.of("FILL-" + bought++);
                lots.put(id, new TaxLot(id, trade.account(), trade.security(), trade.quantity(), value,
                        snapshot.tradeDate()));
                cash.merge(trade.account(), value.negate(), BigDecimal::add);
            }
            recent.add(new RecentTrade(trade.account(), trade.security(), trade.side(), snapshot.tradeDate(),
                    trade.quantity(), gain));
        }
        return new HouseholdSnapshot(snapshot.household(), tradeDate, snapshot.accounts(), new ArrayList<>(lots.values()),
                cash, snapshot.prices(), snapshot.model(), recent, snapshot.riskModel());
    }
}
