package io.ballast.agent.demo;

import io.ballast.domain.Decimals;
import io.ballast.domain.AccountId;
import io.ballast.domain.Allocation;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.Price;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.RealizedLots;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo custodian's own bookkeeping: yesterday's book plus the allocations it was instructed to settle gives
 * today's book, each trade's commission in the basis of what it bought or out of what it sold for. It keeps its
 * own lots: a sale relieves the lots the firm instructed (versus purchase), then first in,
 * first out (the custodian default) for any shares the instructions do not cover. So the reconciliation compares two
 * independently kept books, not the ledger with itself.
 */
public final class DemoCustodian {
    private DemoCustodian() {
    }

    public static CustodianSnapshot nextDay(CustodianSnapshot yesterday, List<Allocation> allocations,
            List<RealizedLots.Relief> instructions, LocalDate asOf) {
        List<TaxLot> lots = new ArrayList<>(yesterday.lots());
        Map<AccountId, BigDecimal> cash = new LinkedHashMap<>();
        yesterday.cash().forEach(balance -> cash.put(balance.account(), balance.amount()));
        int opened = 0;
        for (Allocation allocation : allocations) {
            BigDecimal amount = Decimals.money(allocation.quantity().multiply(allocation.averagePrice()));
            if (allocation.side() == Side.BUY) {
                // the commission is part of what the buy cost, and so of the new lot's basis
                BigDecimal cost = amount.add(allocation.commission());
                opened++;
                lots.add(new TaxLot(LotId.of("C" + asOf + "-" + opened), allocation.account(),
                        allocation.security(), allocation.quantity(), cost, asOf));
                cash.merge(allocation.account(), cost.negate(), BigDecimal::add);
            } else {
                relieve(lots, allocation, instructions);
                cash.merge(allocation.account(), amount.subtract(allocation.commission()), BigDecimal::add);
            }
        }
        List<Price> prices = yesterday.prices().stream()
                .map(p -> new Price(p.security(), p.price(), asOf)).toList();
        List<CashBalance> balances = cash.entrySet().stream()
                .map(e -> new CashBalance(e.getKey(), e.getValue())).toList();
        return new CustodianSnapshot(yesterday.custodian(), asOf, yesterday.accounts(), yesterday.securities(),
                lots, balances, prices);
    }

    /** A book that differs from the true one: the first lot holds ten shares more, a deliberate break. */
    public static CustodianSnapshot withQuantityError(CustodianSnapshot book) {
        List<TaxLot> lots = new ArrayList<>(book.lots());
        TaxLot first = lots.get(0);
        lots.set(0, new TaxLot(first.id(), first.account(), first.security(), first.quantity().add(BigDecimal.TEN),
                first.costBasis(), first.acquired()));
        return new CustodianSnapshot(book.custodian(), book.asOf(), book.accounts(), book.securities(), lots,
                book.cash(), book.prices());
    }

    private static void relieve(List<TaxLot> lots, Allocation sale, List<RealizedLots.Relief> instructions) {
        BigDecimal remaining = sale.quantity();
        for (RealizedLots.Relief instructed : instructions) {
            if (instructed.account().equals(sale.account()) && instructed.security().equals(sale.security())) {
                Optional<TaxLot> lot = lots.stream().filter(l -> l.id().equals(instructed.lot())
                        && l.account().equals(sale.account())).findFirst();
                if (lot.isPresent()) {
                    remaining = remaining.subtract(take(lots, lot.get(), remaining.min(instructed.quantity())));
                }
            }
        }
        List<TaxLot> held = lots.stream()
                .filter(l -> l.account().equals(sale.account()) && l.security().equals(sale.security()))
                .sorted(Comparator.comparing(TaxLot::acquired).thenComparing(TaxLot::id)).toList();
        for (TaxLot lot : held) {
            remaining = remaining.subtract(take(lots, lot, remaining));
        }
        if (remaining.signum() > 0) {
            throw new IllegalStateException("custodian cannot settle a sale of " + sale.quantity().toPlainString()
                    + " " + sale.security() + " in " + sale.account() + ": not enough shares");
        }
    }

    /** Takes up to {@code wanted} shares out of the lot; returns how many it took. */
    private static BigDecimal take(List<TaxLot> lots, TaxLot lot, BigDecimal wanted) {
        BigDecimal taken = lot.quantity().min(wanted);
        if (taken.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        int index = lots.indexOf(lot);
        BigDecimal left = lot.quantity().subtract(taken);
        if (left.signum() == 0) {
            lots.remove(index);
        } else {
            lots.set(index, new TaxLot(lot.id(), lot.account(), lot.security(), left,
                    lot.costBasis().subtract(lot.basisOf(taken)), lot.acquired()));
        }
        return taken;
    }
}
