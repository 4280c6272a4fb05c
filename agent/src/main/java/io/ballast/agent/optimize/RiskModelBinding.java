package io.ballast.agent.optimize;

import com.fasterxml.jackson.core.JsonPointer;
import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the JSON form of a risk model into the domain's {@link RiskModel}; the domain's checks apply. */
final class RiskModelBinding {
    private RiskModelBinding() {
    }

    static RiskModel bind(JsonFile json, JsonPointer at, RiskModelFile file) throws InputException {
        boolean factorForm = file.factors() != null || file.exposures() != null || file.factorCovariance() != null
                || file.specificVariance() != null;
        boolean covarianceForm = file.securities() != null || file.covariance() != null;
        if (factorForm == covarianceForm) {
            throw json.refuse(at, "give either a factor model (factors, factorCovariance, exposures,"
                    + " specificVariance) or a covariance (securities, covariance), not " + (factorForm ? "both"
                            : "neither"));
        }
        if (covarianceForm) {
            List<String> securities = json.required(file.securities(), at.appendProperty("securities"));
            List<List<Double>> covariance = json.required(file.covariance(), at.appendProperty("covariance"));
            if (covariance.size() != securities.size()) {
                throw json.refuse(at.appendProperty("covariance"), "has " + covariance.size() + " rows for "
                        + securities.size() + " securities");
            }
            return json.at(at.appendProperty("covariance"),
                    () -> RiskModel.ofCovariance(securities.stream().map(SecurityId::of).toList(), covariance));
        }
        List<String> factors = json.required(file.factors(), at.appendProperty("factors"));
        List<List<Double>> factorCovariance = json.required(file.factorCovariance(),
                at.appendProperty("factorCovariance"));
        Map<SecurityId, List<Double>> exposures = new LinkedHashMap<>();
        for (var exposure : json.required(file.exposures(), at.appendProperty("exposures")).entrySet()) {
            JsonPointer exposureAt = at.appendProperty("exposures").appendProperty(exposure.getKey());
            exposures.put(json.at(exposureAt, () -> SecurityId.of(exposure.getKey())),
                    json.required(exposure.getValue(), exposureAt));
        }
        Map<SecurityId, Double> specific = new LinkedHashMap<>();
        Map<String, Double> specificVariance = file.specificVariance() == null ? Map.of() : file.specificVariance();
        for (var variance : specificVariance.entrySet()) {
            JsonPointer varianceAt = at.appendProperty("specificVariance").appendProperty(variance.getKey());
            specific.put(json.at(varianceAt, () -> SecurityId.of(variance.getKey())),
                    json.required(variance.getValue(), varianceAt));
        }
        return json.at(at, () -> new RiskModel(factors, exposures, factorCovariance, specific));
    }

    /** The factor form of a risk model, for writing it to a file. */
    static RiskModelFile form(RiskModel model) {
        Map<String, List<Double>> exposures = new LinkedHashMap<>();
        model.exposures().forEach((security, row) -> exposures.put(security.value(), row));
        Map<String, Double> specific = new LinkedHashMap<>();
        model.specificVariance().forEach((security, variance) -> specific.put(security.value(), variance));
        return new RiskModelFile(model.factors(), model.factorCovariance(), exposures, specific, null, null);
    }
}
