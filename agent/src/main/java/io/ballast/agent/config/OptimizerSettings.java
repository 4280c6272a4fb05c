package io.ballast.agent.config;

import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * @param riskModelFile   a risk model file (docs/optimize-files.md), null where none is configured
 * @param securities      security → asset class and tags for screens and asset location, over what the ledger's
 *                        security master says (an asset class given here replaces the ledger's)
 * @param defaultModel    the model of every household not in {@code householdModels}
 * @param householdModels household id → model id, in the file's order
 */
public record OptimizerSettings(PolicySettings policy, String riskModelFile, List<ModelSettings> models,
        String defaultModel, Map<String, String> householdModels, Map<String, SecurityAttributes> securities) {
    public OptimizerSettings {
        models = List.copyOf(models);
        householdModels = Collections.unmodifiableMap(new LinkedHashMap<>(householdModels));
        securities = Collections.unmodifiableMap(new LinkedHashMap<>(securities));
    }

    /** The configured securities' attributes, by security id. */
    public Map<SecurityId, SecurityAttributes> securityAttributes() {
        Map<SecurityId, SecurityAttributes> attributes = new LinkedHashMap<>();
        securities.forEach((security, given) -> attributes.put(SecurityId.of(security), given));
        return attributes;
    }

    public OptimizerSettings withRiskModelFile(String file) {
        return new OptimizerSettings(policy, file, models, defaultModel, householdModels, securities);
    }
}
