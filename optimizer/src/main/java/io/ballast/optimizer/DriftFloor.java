package io.ballast.optimizer;

import io.ballast.domain.Decimals;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The drift no trade can remove today, and why. Deviations from the targets sum to zero (values and targets both
 * sum to the household's value), so drift is at least twice the underweight held in securities the household may
 * not buy (wash-sale blocks, restrictions), and at least twice the overweight it may not sell (loss lots of
 * securities bought within the wash-sale window). It explains why a household stays off its model in drift terms;
 * it is no trigger, since trades that keep drift where it is can still lower the tracking error.
 */
final class DriftFloor {
    private final HouseholdView view;
    private final TradingRules rules;
    private final DriftMeasure drift;
    /** Underweight, in dollars, of the model securities that may not be bought. */
    private final Map<SecurityId, BigDecimal> blocked = new TreeMap<>();
    /** Overweight, in dollars, beyond what may be sold. */
    private final Map<SecurityId, BigDecimal> stuck = new TreeMap<>();

    DriftFloor(HouseholdView view, TradingRules rules) {
        this.view = view;
        this.rules = rules;
        this.drift = new DriftMeasure(view);
        Map<SecurityId, BigDecimal> sellable = new TreeMap<>();
        for (TaxLot lot : view.lots()) {
            if (rules.canSell(lot)) {
                sellable.merge(lot.security(), lot.quantity().multiply(view.price(lot.security())), BigDecimal::add);
            }
        }
        for (SecurityId security : view.securities()) {
            BigDecimal deviation = drift.deviation(security, view.sharesBySecurity().getOrDefault(security,
                    BigDecimal.ZERO));
            if (deviation.signum() < 0 && view.inModel(security) && !rules.canBuy(security)) {
                blocked.put(security, deviation.negate());
            }
            BigDecimal unsellable = deviation.subtract(sellable.getOrDefault(security, BigDecimal.ZERO));
            if (unsellable.signum() > 0) {
                stuck.put(security, unsellable);
            }
        }
    }

    /** The least drift reachable today, in dollars. */
    BigDecimal dollars() {
        return total(blocked).max(total(stuck)).multiply(BigDecimal.valueOf(2));
    }

    private static BigDecimal total(Map<SecurityId, BigDecimal> dollars) {
        return dollars.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Notes naming what holds the household off its model; none when nothing does. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (dollars().signum() == 0) {
            return notes;
        }
        List<String> reasons = new ArrayList<>();
        blocked.forEach((security, dollars) -> reasons.add(security + " " + money(dollars) + " under target, "
                + whyNotBought(security)));
        stuck.forEach((security, dollars) -> reasons.add(security + " " + money(dollars)
                + " over target in loss lots kept, " + whyNotSold(security)));
        notes.add("drift floor: " + percent(dollars()) + " of the value cannot be closed today (" + String.join("; ",
                reasons) + ")");
        return notes;
    }

    private String whyNotBought(SecurityId security) {
        RecentTrade lossSale = rules.recentInGroup(security, rules.window().lossSales());
        if (lossSale == null) {
            return "restricted";
        }
        return "no buy before " + lapse(lossSale) + " (wash sale: " + lossSale.security() + " sold at a loss on "
                + lossSale.tradeDate() + ")";
    }

    private String whyNotSold(SecurityId security) {
        RecentTrade buy = rules.recentInGroup(security, rules.window().buys());
        return buy == null ? "not sellable" : "no loss sale before " + lapse(buy) + " (wash sale: " + buy.security()
                + " bought on " + buy.tradeDate() + ")";
    }

    private LocalDate lapse(RecentTrade trade) {
        return trade.tradeDate().plusDays(rules.washSaleDays() + 1L);
    }

    private String percent(BigDecimal dollars) {
        return dollars.movePointRight(2).divide(view.totalValue(), 2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String money(BigDecimal dollars) {
        return String.format("%,.2f", Decimals.money(dollars));
    }
}
