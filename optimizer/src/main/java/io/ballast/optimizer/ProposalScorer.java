package io.ballast.optimizer;

import io.ballast.domain.HoldingTerm;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;

/** Scores whole-share trades from the snapshot alone; never from the solver's objective value. */
final class ProposalScorer {
    private final HouseholdView view;
    private final TaxCost tax;
    private final DriftMeasure drift;

    ProposalScorer(HouseholdView view, TaxCost tax) {
        this.view = view;
        this.tax = tax;
        this.drift = new DriftMeasure(view);
    }

    Score score(TradeSet trades) {
        BigDecimal shortTerm = BigDecimal.ZERO;
        BigDecimal longTerm = BigDecimal.ZERO;
        BigDecimal estimatedTax = BigDecimal.ZERO;
        BigDecimal traded = BigDecimal.ZERO;
        for (var sale : trades.sales().entrySet()) {
            TaxLot lot = view.lot(sale.getKey());
            BigDecimal shares = sale.getValue();
            traded = traded.add(shares.multiply(view.price(lot.security())));
            if (view.isTaxable(lot.account())) {
                BigDecimal gain = shares.multiply(view.gainPerShare(lot));
                if (tax.term(lot) == HoldingTerm.LONG) {
                    longTerm = longTerm.add(gain);
                } else {
                    shortTerm = shortTerm.add(gain);
                }
                estimatedTax = estimatedTax.add(shares.multiply(tax.perShare(lot)));
            }
        }
        for (var buy : trades.buys().entrySet()) {
            traded = traded.add(buy.getValue().multiply(view.price(buy.getKey().security())));
        }
        return new Score(drift.before(), drift.dollars(trades.sharesAfter(), trades.totalCashAfter()), shortTerm,
                longTerm, estimatedTax, traded);
    }
}
