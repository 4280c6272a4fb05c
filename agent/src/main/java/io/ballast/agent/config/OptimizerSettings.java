package io.ballast.agent.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * @param defaultModel    the model of every household not in {@code householdModels}
 * @param householdModels household id → model id, in the file's order
 */
public record OptimizerSettings(PolicySettings policy, List<ModelSettings> models, String defaultModel,
        Map<String, String> householdModels) {
    public OptimizerSettings {
        models = List.copyOf(models);
        householdModels = Collections.unmodifiableMap(new LinkedHashMap<>(householdModels));
    }
}
