package io.ballast.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model portfolio: target weights of the household's total value, summing to one. A model over asset classes
 * also keeps its {@link Sleeve}s, and its targets are theirs spread over their securities ({@link #ofSleeves}).
 */
public record Model(ModelId id, Map<SecurityId, BigDecimal> targets, List<Sleeve> sleeves) {
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
        sleeves = List.copyOf(Require.present(sleeves, "sleeves of model " + id));
        requireSleevesMatch(id, targets, sleeves);
    }

    /** A model over securities, without sleeves. */
    public Model(ModelId id, Map<SecurityId, BigDecimal> targets) {
        this(id, targets, List.of());
    }

    /** A model over asset classes: each sleeve's weight spread over its securities by their weights in it. */
    public static Model ofSleeves(ModelId id, List<Sleeve> sleeves) {
        Require.present(sleeves, "sleeves of model " + id);
        Map<SecurityId, BigDecimal> targets = new HashMap<>();
        for (Sleeve sleeve : sleeves) {
            for (SecurityId security : sleeve.members().keySet()) {
                if (targets.put(security, sleeve.targetOf(security)) != null) {
                    throw new IllegalArgumentException(security + " is in two sleeves of model " + id);
                }
            }
        }
        return new Model(id, targets, sleeves);
    }

    private static void requireSleevesMatch(ModelId id, Map<SecurityId, BigDecimal> targets, List<Sleeve> sleeves) {
        if (sleeves.isEmpty()) {
            return;
        }
        int members = 0;
        for (Sleeve sleeve : sleeves) {
            for (SecurityId security : sleeve.members().keySet()) {
                BigDecimal target = targets.get(security);
                if (target == null || target.subtract(sleeve.targetOf(security)).abs().compareTo(TOLERANCE) > 0) {
                    throw new IllegalArgumentException("the target of " + security + " in model " + id
                            + " is not its share of sleeve " + sleeve.name());
                }
                members++;
            }
        }
        if (members != targets.size()) {
            throw new IllegalArgumentException("model " + id + " has targets outside its sleeves,"
                    + " or a security in two sleeves");
        }
    }

    public BigDecimal weight(SecurityId security) {
        return targets.getOrDefault(security, BigDecimal.ZERO);
    }
}
