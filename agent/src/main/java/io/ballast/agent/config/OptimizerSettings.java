package io.ballast.agent.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * @param riskModelFile   a risk model file (docs/optimize-files.md), null where none is configured
 * @param defaultModel    the model of every household not in {@code householdModels}
 * @param householdModels household id → model id, in the file's order
 */
public record OptimizerSettings(PolicySettings policy, String riskModelFile, List<ModelSettings> models,
        String defaultModel, Map<String, String> householdModels) {
    public OptimizerSettings {
        models = List.copyOf(models);
        householdModels = Collections.unmodifiableMap(new LinkedHashMap<>(householdModels));
    }

    public OptimizerSettings withRiskModelFile(String file) {
        return new OptimizerSettings(policy, file, models, defaultModel, householdModels);
    }
}
