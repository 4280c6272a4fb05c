package io.ballast.agent.optimize;

import java.util.List;
import java.util.Map;

/**
 * A risk model as written in a snapshot or risk-model file (docs/optimize-files.md), in one of two forms: a factor
 * model ({@code factors}, {@code factorCovariance}, {@code exposures}, {@code specificVariance}) or a covariance
 * matrix over securities ({@code securities}, {@code covariance}). Annualised; fields are null where left out.
 */
record RiskModelFile(List<String> factors, List<List<Double>> factorCovariance, Map<String, List<Double>> exposures,
        Map<String, Double> specificVariance, List<String> securities, List<List<Double>> covariance) {
}
