package io.ballast.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Annualised risk of securities as a factor model: the covariance of securities i and j is
 * Σ_kl exposure_ik · factorCovariance_kl · exposure_jl, plus specificVariance_i when i = j. Statistics, not money,
 * so plain doubles. A security the model does not cover is taken as uncorrelated with
 * {@link #UNCOVERED_VARIANCE}; an empty model (no factors, no securities) so makes every security uncorrelated
 * with 20% annual volatility.
 *
 * @param factors           factor names, in the order of the exposures and the covariance rows
 * @param exposures         per security, one exposure per factor
 * @param factorCovariance  K × K, symmetric, with a non-negative diagonal
 * @param specificVariance  per security, the variance the factors do not explain
 */
public record RiskModel(List<String> factors, Map<SecurityId, List<Double>> exposures,
        List<List<Double>> factorCovariance, Map<SecurityId, Double> specificVariance) {
    /** Annual variance of a security the model does not cover: 20% volatility, uncorrelated with the rest. */
    public static final double UNCOVERED_VARIANCE = 0.04;

    public RiskModel {
        factors = List.copyOf(factors);
        int k = factors.size();
        SortedMap<SecurityId, List<Double>> sortedExposures = new TreeMap<>();
        exposures.forEach((security, row) -> {
            Require.present(security, "security of a risk model exposure");
            if (row.size() != k) {
                throw new IllegalArgumentException("risk model: " + security + " has " + row.size()
                        + " factor exposures, the model has " + k + " factors");
            }
            row.forEach(value -> requireFinite(value, "exposure of " + security));
            sortedExposures.put(security, List.copyOf(row));
        });
        exposures = Collections.unmodifiableSortedMap(sortedExposures);
        if (factorCovariance.size() != k) {
            throw new IllegalArgumentException("risk model: the factor covariance has " + factorCovariance.size()
                    + " rows, the model has " + k + " factors");
        }
        factorCovariance = factorCovariance.stream().map(List::copyOf).toList();
        for (int i = 0; i < k; i++) {
            List<Double> row = factorCovariance.get(i);
            if (row.size() != k) {
                throw new IllegalArgumentException("risk model: factor covariance row " + factors.get(i) + " has "
                        + row.size() + " values, not " + k);
            }
            requireFinite(row.get(i), "variance of factor " + factors.get(i));
            if (row.get(i) < 0) {
                throw new IllegalArgumentException("risk model: variance of factor " + factors.get(i)
                        + " must not be negative, was " + row.get(i));
            }
            for (int j = 0; j < i; j++) {
                requireFinite(row.get(j), "factor covariance " + factors.get(i) + "/" + factors.get(j));
                if (Math.abs(row.get(j) - factorCovariance.get(j).get(i)) > 1e-12) {
                    throw new IllegalArgumentException("risk model: factor covariance is not symmetric at "
                            + factors.get(i) + "/" + factors.get(j));
                }
            }
        }
        SortedMap<SecurityId, Double> sortedSpecific = new TreeMap<>();
        specificVariance.forEach((security, variance) -> {
            requireFinite(variance, "specific variance of " + security);
            if (variance < 0) {
                throw new IllegalArgumentException("risk model: specific variance of " + security
                        + " must not be negative, was " + variance);
            }
            sortedSpecific.put(security, variance);
        });
        specificVariance = Collections.unmodifiableSortedMap(sortedSpecific);
    }

    /** No factors and no securities: every security uncorrelated at {@link #UNCOVERED_VARIANCE}. */
    public static RiskModel uncorrelated() {
        return new RiskModel(List.of(), Map.of(), List.of(), Map.of());
    }

    /**
     * A full covariance matrix as a factor model with one factor per security (exposure one to its own factor) and
     * no specific variance.
     */
    public static RiskModel ofCovariance(List<SecurityId> securities, List<List<Double>> covariance) {
        List<String> factors = securities.stream().map(SecurityId::value).toList();
        Map<SecurityId, List<Double>> exposures = new TreeMap<>();
        Map<SecurityId, Double> specific = new TreeMap<>();
        for (int i = 0; i < securities.size(); i++) {
            Double[] row = new Double[securities.size()];
            Arrays.fill(row, 0.0);
            row[i] = 1.0;
            if (exposures.put(securities.get(i), List.of(row)) != null) {
                throw new IllegalArgumentException("risk model: " + securities.get(i) + " appears twice in the covariance");
            }
            specific.put(securities.get(i), 0.0);
        }
        return new RiskModel(factors, exposures, covariance, specific);
    }

    /** Whether the model gives the security's risk (its exposures or its specific variance). */
    public boolean covers(SecurityId security) {
        return exposures.containsKey(security) || specificVariance.containsKey(security);
    }

    private static void requireFinite(Double value, String what) {
        if (value == null || !Double.isFinite(value)) {
            throw new IllegalArgumentException("risk model: " + what + " must be a finite number, was " + value);
        }
    }
}
