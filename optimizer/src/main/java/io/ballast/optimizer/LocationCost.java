package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The policy's asset location preferences as a cost on where value sits: a tax-inefficient class (a positive
 * preference, such as bonds or REITs, whose income is taxed each year) costs its preference per dollar held in a
 * taxable account; a tax-efficient class (a negative preference, such as broad equity funds) costs its size per
 * dollar held in an IRA, Roth or tax-exempt account, where its low tax is wasted. A class without a preference, or a
 * security of unknown class, costs nothing anywhere. Only the change the trades make counts in the objective.
 */
final class LocationCost {
    private final HouseholdView view;
    private final Map<String, BigDecimal> preferences;
    private final Map<Position, Double> perDollar = new HashMap<>();

    LocationCost(HouseholdView view, Policy policy) {
        this.view = view;
        this.preferences = policy.assetLocation();
    }

    boolean isEmpty() {
        return preferences.isEmpty();
    }

    /** The cost of each dollar of the security held in the account: 0 where it sits well. */
    double perDollar(AccountId account, SecurityId security) {
        return perDollar.computeIfAbsent(new Position(account, security), position -> {
            String assetClass = view.attributes(security).assetClass();
            BigDecimal preference = assetClass == null ? null : preferences.get(assetClass);
            if (preference == null) {
                return 0.0;
            }
            boolean taxable = view.isTaxable(account);
            return preference.signum() > 0 == taxable ? preference.abs().doubleValue() : 0.0;
        });
    }

    /** The location cost of the household's holdings after the trades, in dollars. */
    BigDecimal after(TradeSet trades) {
        BigDecimal cost = BigDecimal.ZERO;
        for (TaxLot lot : view.lots()) {
            BigDecimal kept = lot.quantity().subtract(trades.sold(lot.id()));
            cost = cost.add(dollars(lot.account(), lot.security(), kept));
        }
        for (var buy : trades.buys().entrySet()) {
            cost = cost.add(dollars(buy.getKey().account(), buy.getKey().security(), buy.getValue()));
        }
        return cost;
    }

    /** The value held where its class should not be, in dollars, after the trades. */
    BigDecimal misplacedAfter(TradeSet trades) {
        BigDecimal misplaced = BigDecimal.ZERO;
        for (TaxLot lot : view.lots()) {
            if (perDollar(lot.account(), lot.security()) > 0) {
                misplaced = misplaced.add(lot.quantity().subtract(trades.sold(lot.id()))
                        .multiply(view.price(lot.security())));
            }
        }
        for (var buy : trades.buys().entrySet()) {
            if (perDollar(buy.getKey().account(), buy.getKey().security()) > 0) {
                misplaced = misplaced.add(buy.getValue().multiply(view.price(buy.getKey().security())));
            }
        }
        return misplaced;
    }

    private BigDecimal dollars(AccountId account, SecurityId security, BigDecimal shares) {
        double rate = perDollar(account, security);
        return rate == 0 ? BigDecimal.ZERO
                : shares.multiply(view.price(security)).multiply(BigDecimal.valueOf(rate));
    }
}
