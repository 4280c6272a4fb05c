package io.ballast.optimizer;

import io.ballast.domain.AccountType;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seeded random households: 1–3 accounts of any type, 3–8 securities (some outside the model), random lots with
 * gains and losses, short and long term, some fractional; cash sometimes below the reserve; recent buys and loss
 * sales inside and outside the wash-sale window. Policies vary tax weight, reserve, minimum trade and restrictions.
 */
final class RandomHouseholds {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    private static final AccountType[] TYPES = AccountType.values();

    private final Random random;
    private final List<String> securities = new ArrayList<>();

    RandomHouseholds(long seed) {
        this.random = new Random(seed);
        int count = 3 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            securities.add("S" + i);
        }
    }

    HouseholdSnapshot household() {
        HouseholdFixture household = HouseholdFixture.on(TODAY);
        for (String security : securities) {
            household.price(security, money(10 + random.nextDouble() * 290));
        }
        addModel(household);
        int accounts = 1 + random.nextInt(3);
        int lotNumber = 0;
        for (int a = 0; a < accounts; a++) {
            String account = "A" + a;
            AccountType type = a == 0 ? AccountType.TAXABLE : TYPES[random.nextInt(TYPES.length)];
            household.account(account, type, random.nextInt(4) == 0 ? "0" : money(random.nextDouble() * 20_000));
            for (String security : securities) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                int lots = 1 + random.nextInt(3);
                for (int l = 0; l < lots; l++) {
                    String quantity = random.nextInt(8) == 0 ? "12.5" : Integer.toString(1 + random.nextInt(200));
                    household.lot("L" + lotNumber++, account, security, quantity,
                            money(10 + random.nextDouble() * 290), TODAY.minusDays(1 + random.nextInt(1200)));
                }
            }
        }
        for (int t = random.nextInt(4); t > 0; t--) {
            boolean buy = random.nextBoolean();
            household.recent("A" + random.nextInt(accounts), pick(), buy ? Side.BUY : Side.SELL,
                    TODAY.minusDays(random.nextInt(45)), "10", buy ? "0" : "-" + (1 + random.nextInt(500)));
        }
        return household.snapshot();
    }

    private void addModel(HouseholdFixture household) {
        List<String> inModel = new ArrayList<>(securities);
        while (inModel.size() > 2 && random.nextInt(3) == 0) {
            inModel.remove(random.nextInt(inModel.size()));
        }
        int remaining = 10_000;
        for (int i = 0; i < inModel.size(); i++) {
            int share = i == inModel.size() - 1 ? remaining : random.nextInt(remaining / 2 + 1);
            household.target(inModel.get(i), BigDecimal.valueOf(share, 4).toPlainString());
            remaining -= share;
        }
    }

    Policy policy() {
        String[] taxWeights = {"0", "0.5", "1", "3"};
        String[] reserves = {"0", "0.01", "0.05"};
        String[] minimums = {"0", "100", "500"};
        Set<SecurityId> restricted = new TreeSet<>();
        if (random.nextBoolean()) {
            restricted.add(SecurityId.of(pick()));
        }
        return Policies.of(taxWeights[random.nextInt(taxWeights.length)], random.nextBoolean() ? "0" : "0.02",
                minimums[random.nextInt(minimums.length)], reserves[random.nextInt(reserves.length)], restricted);
    }

    private String pick() {
        return securities.get(random.nextInt(securities.size()));
    }

    private static String money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
