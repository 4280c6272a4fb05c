package io.ballast.agent.config;

import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model portfolio as written in the file; {@link #toModel()} gives the domain's, which checks the weights.
 *
 * @param targets security → weight, in the file's order
 */
public record ModelSettings(String id, Map<String, BigDecimal> targets) {
    public ModelSettings {
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    public Model toModel() {
        Map<SecurityId, BigDecimal> weights = new LinkedHashMap<>();
        targets.forEach((security, weight) -> weights.put(SecurityId.of(security), weight));
        return new Model(ModelId.of(id), weights);
    }
}
