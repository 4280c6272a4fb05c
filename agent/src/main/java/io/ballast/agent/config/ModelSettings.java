package io.ballast.agent.config;

import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Sleeve;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model portfolio as written in the file, over securities ({@code targets}) or over asset classes
 * ({@code sleeves}); {@link #toModel()} gives the domain's, which checks the weights.
 *
 * @param targets security → weight, in the file's order; empty for a model of sleeves
 * @param sleeves the sleeves of a model over asset classes; empty for a model over securities
 */
public record ModelSettings(String id, Map<String, BigDecimal> targets, List<SleeveSettings> sleeves) {
    public ModelSettings {
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        sleeves = List.copyOf(sleeves);
    }

    public ModelSettings(String id, Map<String, BigDecimal> targets) {
        this(id, targets, List.of());
    }

    /**
     * A sleeve as written in the file.
     *
     * @param securities security → relative weight in the sleeve, in the file's order
     */
    public record SleeveSettings(String name, BigDecimal weight, Map<String, BigDecimal> securities) {
        public SleeveSettings {
            securities = Collections.unmodifiableMap(new LinkedHashMap<>(securities));
        }

        Sleeve toSleeve() {
            Map<SecurityId, BigDecimal> members = new LinkedHashMap<>();
            securities.forEach((security, share) -> members.put(SecurityId.of(security), share));
            return new Sleeve(name, weight, members);
        }
    }

    /** @throws IllegalArgumentException when the model gives both targets and sleeves, or its weights are wrong */
    public Model toModel() {
        if (!sleeves.isEmpty()) {
            if (!targets.isEmpty()) {
                throw new IllegalArgumentException("model " + id + " gives both targets and sleeves; give one");
            }
            return Model.ofSleeves(ModelId.of(id), sleeves.stream().map(SleeveSettings::toSleeve).toList());
        }
        Map<SecurityId, BigDecimal> weights = new LinkedHashMap<>();
        targets.forEach((security, weight) -> weights.put(SecurityId.of(security), weight));
        return new Model(ModelId.of(id), weights);
    }
}
