package io.ballast.optimizer;

import io.ballast.domain.Policy;
import java.math.BigDecimal;

/**
 * Whole-share trades scored independently of the solver: drift in dollars before and after (see
 * {@link DriftMeasure}), annual tracking error (a fraction) before and after, gains realised by term (losses
 * negative), estimated tax (gains × the lot's rate, losses as negative tax), losses harvested (positive), value
 * traded, the number of trades and the household's value.
 */
record Score(BigDecimal driftBefore, BigDecimal driftAfter, double trackingErrorBefore, double trackingErrorAfter,
        BigDecimal realizedShortTerm, BigDecimal realizedLongTerm, BigDecimal estimatedTax, BigDecimal lossesHarvested,
        BigDecimal tradedValue, int trades, BigDecimal householdValue) {

    BigDecimal cost(Policy policy) {
        return tradedValue.multiply(policy.costBps()).movePointLeft(4)
                .add(policy.ticketCost().multiply(BigDecimal.valueOf(trades)));
    }

    /** riskAversion × V × TE², in dollars. */
    BigDecimal risk(Policy policy) {
        return policy.riskAversion().multiply(householdValue)
                .multiply(BigDecimal.valueOf(trackingErrorAfter * trackingErrorAfter));
    }

    /** The optimizer's objective evaluated on these trades: risk + taxWeight × tax + cost (tickets included). */
    BigDecimal objective(Policy policy) {
        return risk(policy).add(policy.taxWeight().multiply(estimatedTax)).add(cost(policy));
    }
}
