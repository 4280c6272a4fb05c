package io.ballast.optimizer.bench;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import io.ballast.optimizer.HouseholdOptimizer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times the optimizer on seeded synthetic ETF households: a taxable account, a traditional IRA and a Roth over a
 * 50-security model (~100 lots, gains and losses, 1–3% cash, a few recent trades), under {@link Policy#standard()}.
 * One thread, after a warm-up. Usage: {@code OptimizerBench [households]} (default 200).
 */
public final class OptimizerBench {
    private static final int SECURITIES = 50;
    private static final int WARM_UP = 20;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private OptimizerBench() {
    }

    public static void main(String[] args) {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        HouseholdOptimizer optimizer = new HouseholdOptimizer();
        Policy policy = Policy.standard();
        for (int i = 0; i < WARM_UP; i++) {
            optimizer.optimize(household(-1 - i), policy);
        }
        long[] nanos = new long[households];
        long trades = 0;
        long lots = 0;
        for (int i = 0; i < households; i++) {
            HouseholdSnapshot snapshot = household(i);
            lots += snapshot.lots().size();
            long start = System.nanoTime();
            Proposal proposal = optimizer.optimize(snapshot, policy);
            nanos[i] = System.nanoTime() - start;
            trades += proposal.trades().size();
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double totalSeconds = Arrays.stream(nanos).sum() / 1e9;
        System.out.printf("households %d, securities %d, lots/household %.1f, trades/household %.1f%n", households,
                SECURITIES, (double) lots / households, (double) trades / households);
        System.out.printf("solve p50 %.1f ms, p95 %.1f ms, max %.1f ms; %.0f households/minute on one thread%n",
                millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.95)), millis(sorted[households - 1]),
                households / totalSeconds * 60);
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    static HouseholdSnapshot household(long seed) {
        Random random = new Random(seed);
        HouseholdId household = HouseholdId.of("HH" + seed);
        Map<SecurityId, BigDecimal> prices = new HashMap<>();
        Map<SecurityId, BigDecimal> targets = new HashMap<>();
        List<SecurityId> securities = new ArrayList<>();
        int remaining = 10_000;
        for (int s = 0; s < SECURITIES; s++) {
            SecurityId security = SecurityId.of(String.format("ETF%02d", s));
            securities.add(security);
            prices.put(security, money(20 + random.nextDouble() * 380));
            int weight = s == SECURITIES - 1 ? remaining : Math.min(remaining, 100 + random.nextInt(200));
            remaining -= weight;
            targets.put(security, BigDecimal.valueOf(weight, 4));
        }
        AccountType[] types = {AccountType.TAXABLE, AccountType.TRADITIONAL_IRA, AccountType.ROTH_IRA};
        int[] lotsPerAccount = {60, 25, 15};
        double[] accountValue = {600_000, 250_000, 150_000};
        List<Account> accounts = new ArrayList<>();
        List<TaxLot> lots = new ArrayList<>();
        Map<AccountId, BigDecimal> cash = new HashMap<>();
        for (int a = 0; a < types.length; a++) {
            AccountId account = AccountId.of(household + "-" + types[a]);
            accounts.add(new Account(account, household, types[a], "CUST"));
            cash.put(account, money(accountValue[a] * (0.01 + random.nextDouble() * 0.02)));
            for (int l = 0; l < lotsPerAccount[a]; l++) {
                SecurityId security = securities.get(random.nextInt(SECURITIES));
                BigDecimal price = prices.get(security);
                double value = accountValue[a] / lotsPerAccount[a] * (0.4 + random.nextDouble() * 1.2);
                BigDecimal quantity = BigDecimal.valueOf(Math.max(1, Math.round(value / price.doubleValue())));
                BigDecimal basis = quantity.multiply(price)
                        .multiply(BigDecimal.valueOf(0.7 + random.nextDouble() * 0.6)).setScale(2, RoundingMode.HALF_EVEN);
                lots.add(new TaxLot(LotId.of(account + "-L" + l), account, security, quantity, basis,
                        TODAY.minusDays(5 + random.nextInt(1500))));
            }
        }
        List<RecentTrade> recent = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            boolean buy = random.nextBoolean();
            recent.add(new RecentTrade(accounts.get(0).id(), securities.get(random.nextInt(SECURITIES)),
                    buy ? Side.BUY : Side.SELL, TODAY.minusDays(random.nextInt(40)), BigDecimal.TEN,
                    buy ? BigDecimal.ZERO : BigDecimal.valueOf(-250)));
        }
        return new HouseholdSnapshot(household, TODAY, accounts, lots, cash, prices,
                new Model(ModelId.of("ETF-50"), targets), recent);
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN);
    }
}
