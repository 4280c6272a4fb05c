package io.ballast.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A part of a model over an asset class, held through securities: "US equity 60% through VTI and ITOT", or a
 * direct-index sleeve of hundreds of stocks weighted like the index. Members' weights are relative (index weights or
 * market capitalisations may be given as they are) and are scaled to sum to one; a member of weight 0 holds none of
 * the sleeve's target but may be bought in place of another (a substitute when a wash sale blocks a member).
 *
 * @param name    the sleeve's name, typically its asset class
 * @param weight  the sleeve's weight in the model
 * @param members security → relative weight in the sleeve, not negative, at least one positive
 */
public record Sleeve(String name, BigDecimal weight, Map<SecurityId, BigDecimal> members) {
    public Sleeve {
        Require.text(name, "sleeve name");
        Require.fraction(weight, "weight of sleeve " + name);
        Require.present(members, "securities of sleeve " + name);
        BigDecimal total = BigDecimal.ZERO;
        for (var member : members.entrySet()) {
            Require.nonNegative(member.getValue(), "weight of " + member.getKey() + " in sleeve " + name);
            total = total.add(member.getValue());
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("sleeve " + name + " has no security with a positive weight");
        }
        Map<SecurityId, BigDecimal> scaled = new LinkedHashMap<>();
        for (var member : new TreeMap<>(members).entrySet()) {
            scaled.put(member.getKey(), member.getValue().divide(total, Decimals.PRICE));
        }
        members = Collections.unmodifiableMap(scaled);
    }

    /** The model weight of a member: the sleeve's weight × its share of the sleeve. */
    public BigDecimal targetOf(SecurityId security) {
        return weight.multiply(members.getOrDefault(security, BigDecimal.ZERO), Decimals.PRICE);
    }
}
