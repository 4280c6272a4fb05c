package io.ballast.optimizer;

import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The yardstick for "gains deferred": a naive full rebalance that sells every overweight security down to its
 * target in whole shares, first in, first out across the household's lots whatever their account or tax, as a
 * custodian's default lot relief would.
 */
final class NaiveRebalance {
    private final HouseholdView view;

    NaiveRebalance(HouseholdView view) {
        this.view = view;
    }

    /** Net gain (losses net) the naive rebalance would realise in taxable accounts. */
    BigDecimal taxableGain() {
        BigDecimal gain = BigDecimal.ZERO;
        Map<SecurityId, BigDecimal> held = view.sharesBySecurity();
        for (var position : held.entrySet()) {
            SecurityId security = position.getKey();
            BigDecimal excess = position.getValue().multiply(view.price(security))
                    .subtract(view.targetValue(security));
            BigDecimal toSell = excess.divide(view.price(security), 0, RoundingMode.FLOOR);
            if (toSell.signum() <= 0) {
                continue;
            }
            List<TaxLot> oldestFirst = new ArrayList<>(view.lots());
            oldestFirst.removeIf(lot -> !lot.security().equals(security));
            oldestFirst.sort(Comparator.comparing(TaxLot::acquired).thenComparing(TaxLot::id));
            for (TaxLot lot : oldestFirst) {
                if (toSell.signum() <= 0) {
                    break;
                }
                BigDecimal shares = toSell.min(lot.quantity());
                if (view.isTaxable(lot.account())) {
                    gain = gain.add(shares.multiply(view.gainPerShare(lot)));
                }
                toSell = toSell.subtract(shares);
            }
        }
        return gain;
    }
}
