package io.ballast.agent.optimize;

import com.fasterxml.jackson.core.JsonPointer;
import io.ballast.agent.config.PolicySettings;
import io.ballast.agent.optimize.PolicyFile.ScreenEntry;
import io.ballast.domain.Policy;
import io.ballast.domain.Screen;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a policy file into the domain's {@link Policy}, over {@link Policy#standard()}. */
final class PolicyBinding {
    private static final Set<String> SCREENED_HOLDINGS = Set.of("sell", "hold");

    private PolicyBinding() {
    }

    static Policy read(Path file) throws InputException {
        JsonFile.Bound<PolicyFile> bound = JsonFile.read(file, PolicyFile.class);
        JsonPointer root = JsonPointer.empty();
        PolicyFile policy = bound.value();
        JsonFile json = bound.file();
        if (policy == null) {
            throw json.refuse(root, "the file holds no policy");
        }
        if (policy.restricted() != null && policy.restricted().contains(null)) {
            throw json.refuse(root.appendProperty("restricted"), "a restricted security must not be null");
        }
        if (policy.givesCombinedRates() && policy.taxRates() != null) {
            throw json.refuse(root.appendProperty("taxRates"), "give the tax rates either in parts (taxRates) or"
                    + " combined (shortTermRate, longTermRate), not both");
        }
        if (policy.screenedHoldings() != null && !SCREENED_HOLDINGS.contains(policy.screenedHoldings())) {
            throw json.refuse(root.appendProperty("screenedHoldings"), "'" + policy.screenedHoldings()
                    + "' is not one of sell, hold");
        }
        List<Screen> screens = screens(json, policy.screens() == null ? List.of() : policy.screens(),
                root.appendProperty("screens"));
        return json.at(root, () -> policy.over(Policy.standard(), screens).toPolicy());
    }

    private static List<Screen> screens(JsonFile json, List<ScreenEntry> entries, JsonPointer at)
            throws InputException {
        List<Screen> screens = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonPointer screenAt = at.appendIndex(i);
            ScreenEntry entry = json.required(entries.get(i), screenAt);
            String name = json.required(entry.name(), screenAt.appendProperty("name"));
            screens.add(json.at(screenAt, () -> PolicySettings.screen(name, orEmpty(entry.securities()),
                    orEmpty(entry.assetClasses()), orEmpty(entry.tags()))));
        }
        return screens;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
