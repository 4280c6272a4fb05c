package io.ballast.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A model portfolio: target weights of the household's total value, summing to one. */
public record Model(ModelId id, Map<SecurityId, BigDecimal> targets) {
    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    public Model {
        Require.present(id, "model id");
        Require.present(targets, "targets of model " + id);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("model " + id + " has no targets");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var target : targets.entrySet()) {
            Require.fraction(target.getValue(), "weight of " + target.getKey() + " in model " + id);
            sum = sum.add(target.getValue());
        }
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
            throw new IllegalArgumentException("weights of model " + id + " sum to " + sum.toPlainString() + ", not 1");
        }
        targets = Collections.unmodifiableMap(new TreeMap<>(targets));
    }

    public BigDecimal weight(SecurityId security) {
        return targets.getOrDefault(security, BigDecimal.ZERO);
    }
}
