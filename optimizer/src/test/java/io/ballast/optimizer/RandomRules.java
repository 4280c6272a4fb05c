package io.ballast.optimizer;

import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Screen;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seeded random security attributes and the policy rules that read them, laid over a random household and policy:
 * asset classes and tags per security, screens by name, class or tag with screened holdings sold or held, a share
 * increment of 1, 0.1 or 0.001, and asset location preferences.
 */
final class RandomRules {
    private static final String[] CLASSES = {"US_EQUITY", "BOND", "REIT", "ENERGY"};
    private static final String[] TAGS = {"tobacco", "fossil-fuel", "weapons"};
    private static final String[] INCREMENTS = {"1", "0.1", "0.001"};

    private final Random random;

    RandomRules(long seed) {
        this.random = new Random(seed ^ 0x5EED_0F_2025L);
    }

    HouseholdSnapshot withAttributes(HouseholdSnapshot snapshot) {
        Map<SecurityId, SecurityAttributes> attributes = new TreeMap<>();
        for (SecurityId security : snapshot.prices().keySet()) {
            String assetClass = CLASSES[random.nextInt(CLASSES.length)];
            Set<String> tags = random.nextInt(4) == 0 ? Set.of(TAGS[random.nextInt(TAGS.length)]) : Set.of();
            attributes.put(security, new SecurityAttributes(assetClass, tags));
        }
        return snapshot.withSecurities(attributes);
    }

    Policy over(Policy policy, HouseholdSnapshot snapshot) {
        List<Screen> screens = new ArrayList<>();
        if (random.nextBoolean()) {
            screens.add(new Screen("tags", Set.of(), Set.of(), Set.of(TAGS[random.nextInt(TAGS.length)])));
        }
        if (random.nextInt(3) == 0) {
            screens.add(new Screen("class", Set.of(), Set.of(CLASSES[random.nextInt(CLASSES.length)]), Set.of()));
        }
        if (random.nextInt(3) == 0) {
            List<SecurityId> securities = new ArrayList<>(new TreeMap<>(snapshot.prices()).keySet());
            screens.add(new Screen("list", Set.of(securities.get(random.nextInt(securities.size()))), Set.of(),
                    Set.of()));
        }
        Map<String, BigDecimal> location = new TreeMap<>();
        if (random.nextBoolean()) {
            location.put("BOND", new BigDecimal("0.004"));
            location.put("REIT", new BigDecimal("0.006"));
            location.put("US_EQUITY", new BigDecimal("-0.001"));
        }
        return policy.withScreens(screens, random.nextBoolean() ? ScreenedHoldings.SELL : ScreenedHoldings.HOLD)
                .withShareIncrement(new BigDecimal(INCREMENTS[random.nextInt(INCREMENTS.length)]))
                .withAssetLocation(location);
    }
}
