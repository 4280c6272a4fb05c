package io.ballast.optimizer.bench;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.RiskModel;
import io.ballast.domain.Sleeve;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded synthetic households for the benchmark and the tests that reuse them: a taxable account, a traditional
 * IRA and a Roth, lots with gains and losses bought over four years, 1–3% cash, a few recent trades; the
 * households of a kind share one universe (prices, model and a seeded factor risk model, {@link
 * SyntheticRiskModels}).
 */
public final class SyntheticHouseholds {
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    /** The shape of a household. */
    public enum Kind {
        /** 50 ETFs, ~100 lots ($600k taxable, $250k IRA, $150k Roth). */
        ETF(50, new int[] {60, 25, 15}, new double[] {600_000, 250_000, 150_000}, 0.10),
        /** A 500-stock direct-index sleeve weighted like a cap-weighted index, ~1,500 lots, mostly taxable. */
        DIRECT_INDEX(500, new int[] {1_300, 120, 80}, new double[] {3_000_000, 500_000, 300_000}, 0.30);

        private final int securities;
        private final int[] lotsPerAccount;
        private final double[] accountValue;
        private final double specificVolatility;

        Kind(int securities, int[] lotsPerAccount, double[] accountValue, double specificVolatility) {
            this.securities = securities;
            this.lotsPerAccount = lotsPerAccount;
            this.accountValue = accountValue;
            this.specificVolatility = specificVolatility;
        }

        public int securities() {
            return securities;
        }
    }

    private SyntheticHouseholds() {
    }

    /** The securities, prices, model and risk model every household of a kind shares. */
    public record Universe(List<SecurityId> securities, Map<SecurityId, BigDecimal> prices, Model model,
            RiskModel riskModel) {
    }

    /** The kind's universe, the same on every call: its own seed, not a household's. */
    public static Universe universe(Kind kind) {
        Random random = new Random(1_000 + kind.ordinal());
        List<SecurityId> securities = new ArrayList<>();
        Map<SecurityId, BigDecimal> prices = new HashMap<>();
        String prefix = kind == Kind.ETF ? "ETF" : "STK";
        for (int s = 0; s < kind.securities; s++) {
            SecurityId security = SecurityId.of(String.format("%s%03d", prefix, s));
            securities.add(security);
            prices.put(security, money(20 + random.nextDouble() * 380));
        }
        ModelId id = ModelId.of(kind + "-" + kind.securities);
        // The direct index is a model over one asset class: a sleeve of stocks weighted like the index.
        Model model = kind == Kind.ETF ? new Model(id, equalish(securities, random))
                : Model.ofSleeves(id, List.of(new Sleeve("US large cap", BigDecimal.ONE, capWeights(securities))));
        RiskModel risk = SyntheticRiskModels.factorModel(securities, 10, kind.specificVolatility, kind.ordinal());
        return new Universe(securities, prices, model, risk);
    }

    public static HouseholdSnapshot household(Kind kind, long seed) {
        return household(kind, universe(kind), seed);
    }

    /** A household of the universe: its accounts, lots, cash and recent trades drawn from its seed. */
    public static HouseholdSnapshot household(Kind kind, Universe universe, long seed) {
        Random random = new Random(seed * 31 + kind.ordinal());
        HouseholdId household = HouseholdId.of("HH" + seed);
        List<SecurityId> securities = universe.securities();
        Map<SecurityId, BigDecimal> targets = universe.model().targets();
        List<Account> accounts = new ArrayList<>();
        List<TaxLot> lots = new ArrayList<>();
        Map<AccountId, BigDecimal> cash = new HashMap<>();
        AccountType[] types = {AccountType.TAXABLE, AccountType.TRADITIONAL_IRA, AccountType.ROTH_IRA};
        for (int a = 0; a < types.length; a++) {
            AccountId account = AccountId.of(household + "-" + types[a]);
            accounts.add(new Account(account, household, types[a], "CUST"));
            cash.put(account, money(kind.accountValue[a] * (0.01 + random.nextDouble() * 0.02)));
            for (int l = 0; l < kind.lotsPerAccount[a]; l++) {
                SecurityId security = kind == Kind.ETF ? securities.get(random.nextInt(securities.size()))
                        : pick(securities, targets, random);
                BigDecimal price = universe.prices().get(security);
                double weight = kind == Kind.ETF ? 1.0 / kind.lotsPerAccount[a]
                        : targets.get(security).doubleValue() * securities.size() / kind.lotsPerAccount[a] * 0.3;
                double value = kind.accountValue[a] * weight * (0.4 + random.nextDouble() * 1.2);
                BigDecimal quantity = BigDecimal.valueOf(Math.max(1, Math.round(value / price.doubleValue())));
                BigDecimal basis = quantity.multiply(price).multiply(BigDecimal.valueOf(0.7 + random.nextDouble() * 0.6))
                        .setScale(2, RoundingMode.HALF_EVEN);
                lots.add(new TaxLot(LotId.of(account + "-L" + l), account, security, quantity, basis,
                        TODAY.minusDays(5 + random.nextInt(1500))));
            }
        }
        List<RecentTrade> recent = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            boolean buy = random.nextBoolean();
            recent.add(new RecentTrade(accounts.get(random.nextInt(accounts.size())).id(),
                    securities.get(random.nextInt(securities.size())), buy ? Side.BUY : Side.SELL,
                    TODAY.minusDays(random.nextInt(40)), BigDecimal.TEN,
                    buy ? BigDecimal.ZERO : BigDecimal.valueOf(-250)));
        }
        return new HouseholdSnapshot(household, TODAY, accounts, lots, cash, universe.prices(), universe.model(),
                recent, universe.riskModel());
    }

    /** Weights of 1–3% that sum to one, in basis points. */
    private static Map<SecurityId, BigDecimal> equalish(List<SecurityId> securities, Random random) {
        Map<SecurityId, BigDecimal> targets = new HashMap<>();
        int remaining = 10_000;
        for (int s = 0; s < securities.size(); s++) {
            int weight = s == securities.size() - 1 ? remaining : Math.min(remaining, 100 + random.nextInt(200));
            remaining -= weight;
            targets.put(securities.get(s), BigDecimal.valueOf(weight, 4));
        }
        return targets;
    }

    /** Weights falling like an index's market caps (∝ 1 / rank^0.8), to eight decimals, summing to one. */
    private static Map<SecurityId, BigDecimal> capWeights(List<SecurityId> securities) {
        double[] raw = new double[securities.size()];
        double sum = 0;
        for (int s = 0; s < raw.length; s++) {
            raw[s] = Math.pow(s + 1, -0.8);
            sum += raw[s];
        }
        Map<SecurityId, BigDecimal> targets = new HashMap<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int s = 1; s < raw.length; s++) {
            BigDecimal weight = BigDecimal.valueOf(raw[s] / sum).setScale(8, RoundingMode.HALF_EVEN);
            targets.put(securities.get(s), weight);
            assigned = assigned.add(weight);
        }
        targets.put(securities.get(0), BigDecimal.ONE.subtract(assigned));
        return targets;
    }

    private static SecurityId pick(List<SecurityId> securities, Map<SecurityId, BigDecimal> targets, Random random) {
        double draw = random.nextDouble();
        for (SecurityId security : securities) {
            draw -= targets.get(security).doubleValue();
            if (draw <= 0) {
                return security;
            }
        }
        return securities.get(securities.size() - 1);
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN);
    }
}
