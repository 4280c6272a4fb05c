package io.ballast.optimizer;

import io.ballast.domain.Policy;
import java.math.BigDecimal;

/**
 * Whole-share trades scored independently of the solver, in dollars: drift before and after (see
 * {@link DriftMeasure}), gains realised by term (losses negative), estimated tax (gains × the lot's rate, losses
 * as negative tax) and value traded.
 */
record Score(BigDecimal driftBefore, BigDecimal driftAfter, BigDecimal realizedShortTerm, BigDecimal realizedLongTerm,
        BigDecimal estimatedTax, BigDecimal tradedValue) {

    BigDecimal cost(Policy policy) {
        return tradedValue.multiply(policy.costBps()).movePointLeft(4);
    }

    /** The optimizer's objective evaluated on these trades: drift after + taxWeight × tax + cost. */
    BigDecimal objective(Policy policy) {
        return driftAfter.add(policy.taxWeight().multiply(estimatedTax)).add(cost(policy));
    }
}
