package io.ballast.routes;

import io.ballast.domain.HouseholdId;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import java.util.Map;

/** Which model each household follows: an assignment, or the firm's default model. */
public final class HouseholdModels {
    private final Map<ModelId, Model> models;
    private final ModelId defaultModel;
    private final Map<HouseholdId, ModelId> assignments;

    public HouseholdModels(Map<ModelId, Model> models, ModelId defaultModel, Map<HouseholdId, ModelId> assignments) {
        this.models = Map.copyOf(models);
        this.defaultModel = defaultModel;
        this.assignments = Map.copyOf(assignments);
        if (!models.containsKey(defaultModel)) {
            throw new IllegalArgumentException("default model " + defaultModel + " is not defined");
        }
        assignments.forEach((household, model) -> {
            if (!models.containsKey(model)) {
                throw new IllegalArgumentException("household " + household + " follows undefined model " + model);
            }
        });
    }

    public Model modelOf(HouseholdId household) {
        return models.get(assignments.getOrDefault(household, defaultModel));
    }
}
