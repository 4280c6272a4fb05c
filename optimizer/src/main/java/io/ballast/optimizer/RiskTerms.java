package io.ballast.optimizer;

import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The household's risk model in the form the optimizer uses: for each security of the household, in sorted order,
 * its loadings C_s on K orthogonal unit-variance factors (exposures times the Cholesky factor of the factor
 * covariance) and its specific variance D_s, so that the covariance of securities s and t is C_s · C_t (+ D_s when
 * s = t). With active weights a (weight held − weight in the model, the model's weight of the investable part),
 * TE² = Σ_k (Σ_s C_sk a_s)² + Σ_s D_s a_s². Securities the risk model does not cover get no loadings and
 * {@link RiskModel#UNCOVERED_VARIANCE}.
 */
final class RiskTerms {
    /** A factor covariance pivot below this is read as zero: the factor adds no risk of its own. */
    private static final double PIVOT_FLOOR = 1e-14;

    private final List<SecurityId> securities;
    private final SortedMap<SecurityId, Integer> index = new TreeMap<>();
    private final double[][] loadings;
    private final double[] specific;
    private final List<SecurityId> uncovered = new ArrayList<>();

    RiskTerms(HouseholdView view, RiskModel model) {
        securities = List.copyOf(view.securities());
        double[][] cholesky = cholesky(model);
        int k = cholesky.length;
        loadings = new double[securities.size()][k];
        specific = new double[securities.size()];
        for (int s = 0; s < securities.size(); s++) {
            SecurityId security = securities.get(s);
            index.put(security, s);
            if (!model.covers(security)) {
                uncovered.add(security);
                specific[s] = RiskModel.UNCOVERED_VARIANCE;
                continue;
            }
            List<Double> exposure = model.exposures().get(security);
            if (exposure != null) {
                for (int f = 0; f < k; f++) {
                    double loading = 0;
                    for (int g = f; g < k; g++) {
                        loading += exposure.get(g) * cholesky[g][f];
                    }
                    loadings[s][f] = loading;
                }
            }
            specific[s] = model.specificVariance().getOrDefault(security, 0.0);
        }
    }

    /** Lower-triangular L with L Lᵀ = F; a positive semidefinite F loses its null directions, anything else fails. */
    private static double[][] cholesky(RiskModel model) {
        int k = model.factors().size();
        double[][] l = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = model.factorCovariance().get(i).get(j);
                for (int p = 0; p < j; p++) {
                    sum -= l[i][p] * l[j][p];
                }
                if (i == j) {
                    if (sum < -1e-9 * Math.max(1, model.factorCovariance().get(i).get(i))) {
                        throw new IllegalArgumentException("risk model: the factor covariance is not positive"
                                + " semidefinite (at factor " + model.factors().get(i) + ")");
                    }
                    l[i][i] = sum > PIVOT_FLOOR ? Math.sqrt(sum) : 0;
                } else {
                    l[i][j] = l[j][j] > 0 ? sum / l[j][j] : 0;
                }
            }
        }
        return l;
    }

    List<SecurityId> securities() {
        return securities;
    }

    int index(SecurityId security) {
        return index.get(security);
    }

    int factors() {
        return loadings.length == 0 ? 0 : loadings[0].length;
    }

    double loading(int security, int factor) {
        return loadings[security][factor];
    }

    double specific(int security) {
        return specific[security];
    }

    double covariance(int s, int t) {
        double covariance = s == t ? specific[s] : 0;
        for (int f = 0; f < factors(); f++) {
            covariance += loadings[s][f] * loadings[t][f];
        }
        return covariance;
    }

    /** aᵀ Σ a for active weights in the order of {@link #securities()}. */
    double variance(double[] active) {
        double variance = 0;
        for (int f = 0; f < factors(); f++) {
            double exposure = 0;
            for (int s = 0; s < active.length; s++) {
                exposure += loadings[s][f] * active[s];
            }
            variance += exposure * exposure;
        }
        for (int s = 0; s < active.length; s++) {
            variance += specific[s] * active[s] * active[s];
        }
        return variance;
    }

    /** Σ a: the covariance of each security with the active weights, for a move's change in variance. */
    double[] covarianceWith(double[] active) {
        int k = factors();
        double[] exposures = new double[k];
        for (int f = 0; f < k; f++) {
            for (int s = 0; s < active.length; s++) {
                exposures[f] += loadings[s][f] * active[s];
            }
        }
        double[] result = new double[active.length];
        for (int s = 0; s < active.length; s++) {
            double value = specific[s] * active[s];
            for (int f = 0; f < k; f++) {
                value += loadings[s][f] * exposures[f];
            }
            result[s] = value;
        }
        return result;
    }

    /**
     * The change in TE² when the active weight of one security moves by {@code weight}, given Σ a before the move
     * ({@link #covarianceWith}): 2 w (Σ a)_s + w² Σ_ss.
     */
    double varianceChange(double[] covariance, int security, double weight) {
        return 2 * weight * covariance[security] + weight * weight * covariance(security, security);
    }

    /** Securities of the household the risk model does not cover. */
    List<SecurityId> uncovered() {
        return Collections.unmodifiableList(uncovered);
    }

    /** Active weights from shares held per security: (value held − target value) / V. */
    double[] activeWeights(HouseholdView view, Map<SecurityId, BigDecimal> shares) {
        double value = view.totalValue().doubleValue();
        double[] active = new double[securities.size()];
        for (int s = 0; s < securities.size(); s++) {
            SecurityId security = securities.get(s);
            double held = shares.getOrDefault(security, BigDecimal.ZERO).doubleValue()
                    * view.price(security).doubleValue();
            active[s] = (held - view.targetValue(security).doubleValue()) / value;
        }
        return active;
    }
}
