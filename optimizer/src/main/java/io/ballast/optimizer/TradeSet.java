package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Whole-share trades being rounded and repaired: shares sold per lot and shares bought per position. */
final class TradeSet {
    private final HouseholdView view;
    private final SortedMap<LotId, BigDecimal> sales = new TreeMap<>();
    private final SortedMap<Position, BigDecimal> buys = new TreeMap<>();

    TradeSet(HouseholdView view) {
        this.view = view;
    }

    TradeSet copy() {
        TradeSet copy = new TradeSet(view);
        copy.sales.putAll(sales);
        copy.buys.putAll(buys);
        return copy;
    }

    SortedMap<LotId, BigDecimal> sales() {
        return Collections.unmodifiableSortedMap(sales);
    }

    SortedMap<Position, BigDecimal> buys() {
        return Collections.unmodifiableSortedMap(buys);
    }

    BigDecimal sold(LotId lot) {
        return sales.getOrDefault(lot, BigDecimal.ZERO);
    }

    void sell(LotId lot, BigDecimal quantity) {
        setOrRemove(sales, lot, quantity);
    }

    void buy(Position position, BigDecimal quantity) {
        setOrRemove(buys, position, quantity);
    }

    private static <K> void setOrRemove(Map<K, BigDecimal> map, K key, BigDecimal quantity) {
        if (quantity.signum() > 0) {
            map.put(key, quantity);
        } else {
            map.remove(key);
        }
    }

    /** Shares sold per position, summed over its lots. */
    SortedMap<Position, BigDecimal> salesByPosition() {
        SortedMap<Position, BigDecimal> byPosition = new TreeMap<>();
        sales.forEach((id, quantity) -> {
            TaxLot lot = view.lot(id);
            byPosition.merge(new Position(lot.account(), lot.security()), quantity, BigDecimal::add);
        });
        return byPosition;
    }

    /** The lots this position's sale takes shares from, in lot order. */
    List<TaxLot> lotsSold(Position position) {
        return sales.keySet().stream().map(view::lot)
                .filter(lot -> lot.account().equals(position.account()) && lot.security().equals(position.security()))
                .toList();
    }

    /** Whether any account buys any of these securities. */
    boolean buysAnyOf(Set<SecurityId> securities) {
        return buys.keySet().stream().anyMatch(position -> securities.contains(position.security()));
    }

    /** Whether any account sells a loss lot of any of these securities. */
    boolean sellsLossLotsOf(Set<SecurityId> securities) {
        return sales.keySet().stream().map(view::lot)
                .anyMatch(lot -> securities.contains(lot.security()) && view.isLossLot(lot));
    }

    /** Net gain realised in taxable accounts (losses net), for the gains budget. */
    BigDecimal taxableGain() {
        BigDecimal gain = BigDecimal.ZERO;
        for (var sale : sales.entrySet()) {
            TaxLot lot = view.lot(sale.getKey());
            if (view.isTaxable(lot.account())) {
                gain = gain.add(sale.getValue().multiply(view.gainPerShare(lot)));
            }
        }
        return gain;
    }

    BigDecimal cashAfter(AccountId account) {
        BigDecimal cash = view.cash(account);
        for (var sale : sales.entrySet()) {
            TaxLot lot = view.lot(sale.getKey());
            if (lot.account().equals(account)) {
                cash = cash.add(sale.getValue().multiply(view.price(lot.security())));
            }
        }
        for (var buy : buys.entrySet()) {
            if (buy.getKey().account().equals(account)) {
                cash = cash.subtract(buy.getValue().multiply(view.price(buy.getKey().security())));
            }
        }
        return cash;
    }

    /** Shares held per security across the household once these trades are done. */
    SortedMap<SecurityId, BigDecimal> sharesAfter() {
        SortedMap<SecurityId, BigDecimal> shares = new TreeMap<>(view.sharesBySecurity());
        sales.forEach((id, quantity) -> shares.merge(view.lot(id).security(), quantity.negate(), BigDecimal::add));
        buys.forEach((position, quantity) -> shares.merge(position.security(), quantity, BigDecimal::add));
        return shares;
    }

    BigDecimal totalCashAfter() {
        return view.accountIds().stream().map(this::cashAfter).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
