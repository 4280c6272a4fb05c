package io.ballast.optimizer.bench;

import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded factor risk models for synthetic and demo data: a market factor every security loads on (around 1) and
 * K − 1 style/sector factors with smaller exposures; factor volatilities of 16% for the market and 3–8% for the
 * rest, with mild correlation between the non-market factors; specific volatility around the given level.
 */
public final class SyntheticRiskModels {
    private SyntheticRiskModels() {
    }

    public static RiskModel factorModel(List<SecurityId> securities, int factors, double specificVolatility,
            long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<String> names = new ArrayList<>();
        names.add("MARKET");
        for (int k = 1; k < factors; k++) {
            names.add("F" + k);
        }
        double[] volatility = new double[factors];
        volatility[0] = 0.16;
        for (int k = 1; k < factors; k++) {
            volatility[k] = 0.03 + random.nextDouble() * 0.05;
        }
        List<List<Double>> covariance = new ArrayList<>();
        for (int i = 0; i < factors; i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < factors; j++) {
                double correlation = i == j ? 1 : (i == 0 || j == 0) ? 0 : 0.2;
                row.add(correlation * volatility[i] * volatility[j]);
            }
            covariance.add(row);
        }
        Map<SecurityId, List<Double>> exposures = new HashMap<>();
        Map<SecurityId, Double> specific = new HashMap<>();
        for (SecurityId security : securities) {
            List<Double> row = new ArrayList<>();
            row.add(0.8 + random.nextDouble() * 0.4);
            for (int k = 1; k < factors; k++) {
                row.add(random.nextGaussian() * 0.5);
            }
            exposures.put(security, row);
            double vol = specificVolatility * (0.5 + random.nextDouble());
            specific.put(security, vol * vol);
        }
        return new RiskModel(names, exposures, covariance, specific);
    }
}
