package io.ballast.agent.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.ballast.domain.Policy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.scheduling.support.CronExpression;

/** The rules that tie one part of the file to another, which a schema cannot say. Runs on a schema-valid tree. */
final class ConsistencyChecks {
    private static final KeyPath OPTIMIZER = KeyPath.ROOT.key("optimizer");

    private final YamlDocument document;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private ConsistencyChecks(YamlDocument document) {
        this.document = document;
    }

    static List<ConfigProblem> of(YamlDocument document) {
        ConsistencyChecks checks = new ConsistencyChecks(document);
        JsonNode tree = document.tree();
        checks.uniqueNames(tree.path("custodians"), KeyPath.ROOT.key("custodians"), "name", "custodian");
        checks.uniqueNames(tree.path("fixSessions"), KeyPath.ROOT.key("fixSessions"), "name", "FIX session");
        checks.uniqueSessionIds(tree.path("fixSessions"));
        checks.custodians(tree.path("custodians"));
        checks.models(tree.path("optimizer"));
        checks.policy(tree.path("optimizer").path("policy"));
        checks.holidays(tree.path("reconciliation").path("holidays"));
        return List.copyOf(checks.problems);
    }

    /** Returns the first position of every name, reporting repeats. */
    private Map<String, KeyPath> uniqueNames(JsonNode list, KeyPath listPath, String field, String what) {
        return uniqueBy(list, listPath, field, item -> item.path(field).asText(), what + " '%s'");
    }

    // QuickFIX/J identifies a session by BeginString, SenderCompID and TargetCompID alone.
    private void uniqueSessionIds(JsonNode sessions) {
        uniqueBy(sessions, KeyPath.ROOT.key("fixSessions"), "senderCompId",
                session -> session.path("beginString").asText() + " " + session.path("senderCompId").asText()
                        + "->" + session.path("targetCompId").asText(),
                "FIX session id %s");
    }

    private Map<String, KeyPath> uniqueBy(JsonNode list, KeyPath listPath, String field,
            Function<JsonNode, String> identity, String description) {
        Map<String, KeyPath> first = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            KeyPath here = listPath.index(i).key(field);
            KeyPath earlier = first.putIfAbsent(identity.apply(list.get(i)), here);
            if (earlier != null) {
                problems.add(document.problem(here, String.format(description, identity.apply(list.get(i)))
                        + " is already defined at line " + document.lineOf(earlier)));
            }
        }
        return first;
    }

    private void custodians(JsonNode custodians) {
        for (int i = 0; i < custodians.size(); i++) {
            JsonNode custodian = custodians.get(i);
            KeyPath here = KeyPath.ROOT.key("custodians").index(i);
            regularExpression(custodian, here, "filePattern");
            regularExpression(custodian, here, "excludePattern");
            schedule(custodian, here);
        }
    }

    private void regularExpression(JsonNode custodian, KeyPath custodianPath, String key) {
        JsonNode pattern = custodian.path(key);
        if (pattern.isTextual()) {
            try {
                Pattern.compile(pattern.asText());
            } catch (PatternSyntaxException e) {
                problems.add(document.problem(custodianPath.key(key),
                        "is not a valid regular expression: " + e.getDescription()));
            }
        }
    }

    private void schedule(JsonNode custodian, KeyPath custodianPath) {
        JsonNode cron = custodian.path("schedule");
        if (!cron.isTextual()) {
            if (custodian.has("timeZone")) {
                problems.add(document.problem(custodianPath.key("timeZone"), "applies only with a schedule"));
            }
            return;
        }
        if (custodian.has("pollInterval")) {
            problems.add(document.problem(custodianPath.key("pollInterval"),
                    "cannot be set together with schedule: poll on a cron schedule or at an interval"));
        }
        try {
            CronExpression.parse(cron.asText());
        } catch (IllegalArgumentException e) {
            problems.add(document.problem(custodianPath.key("schedule"), "is not a cron expression of six fields "
                    + "(second minute hour day-of-month month day-of-week): " + e.getMessage()));
        }
        JsonNode zone = custodian.path("timeZone");
        if (zone.isTextual()) {
            try {
                ZoneId.of(zone.asText());
            } catch (DateTimeException e) {
                problems.add(document.problem(custodianPath.key("timeZone"), "is not a time zone: " + e.getMessage()));
            }
        }
    }

    // The schema checks the shape YYYY-MM-DD; only the calendar knows 2026-02-30 is no day.
    private void holidays(JsonNode holidays) {
        for (int i = 0; i < holidays.size(); i++) {
            try {
                LocalDate.parse(holidays.get(i).asText());
            } catch (DateTimeParseException e) {
                problems.add(document.problem(KeyPath.ROOT.key("reconciliation").key("holidays").index(i),
                        "'" + holidays.get(i).asText() + "' is not a calendar date"));
            }
        }
    }

    private void models(JsonNode optimizer) {
        KeyPath modelsPath = OPTIMIZER.key("models");
        JsonNode models = optimizer.path("models");
        Map<String, KeyPath> defined = uniqueNames(models, modelsPath, "id", "model");
        for (int i = 0; i < models.size(); i++) {
            weightsSumToOne(models.get(i), modelsPath.index(i));
        }
        String known = String.join(", ", defined.keySet());
        JsonNode defaultModel = optimizer.path("defaultModel");
        if (defaultModel.isTextual() && !defined.containsKey(defaultModel.asText())) {
            problems.add(document.problem(OPTIMIZER.key("defaultModel"),
                    "names no model defined under optimizer.models (defined: " + known + ")"));
        }
        optimizer.path("householdModels").forEachEntry((household, model) -> {
            if (!defined.containsKey(model.asText())) {
                problems.add(document.problem(OPTIMIZER.key("householdModels").key(household),
                        "names no model defined under optimizer.models (defined: " + known + ")"));
            }
        });
    }

    // The domain model owns the rules (weights sum to one, a security in one sleeve); its refusal becomes a problem
    // at the line of the targets or the sleeves.
    private void weightsSumToOne(JsonNode model, KeyPath modelPath) {
        KeyPath at = modelPath.key(model.has("sleeves") ? "sleeves" : "targets");
        if (!model.has("sleeves") && !model.has("targets")) {
            problems.add(document.problem(modelPath, "a model needs targets (over securities) or sleeves"));
            return;
        }
        try {
            ConfigBinder.model(model).toModel();
        } catch (IllegalArgumentException e) {
            problems.add(document.problem(at, e.getMessage()));
        }
    }

    // The domain's policy owns the rules on rates, screens and the share increment.
    private void policy(JsonNode policy) {
        KeyPath at = OPTIMIZER.key("policy");
        if (policy.has("taxRates") && (policy.has("shortTermRate") || policy.has("longTermRate"))) {
            problems.add(document.problem(at.key("taxRates"), "give the tax rates either in parts (taxRates) or"
                    + " combined (shortTermRate, longTermRate), not both"));
        } else {
            refused(at.key(policy.has("taxRates") ? "taxRates" : "shortTermRate"), () -> ConfigBinder.taxRates(policy));
        }
        if (policy.has("shareIncrement")) {
            refused(at.key("shareIncrement"), () -> Policy.standard()
                    .withShareIncrement(policy.get("shareIncrement").decimalValue()));
        }
        JsonNode screens = policy.path("screens");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < screens.size(); i++) {
            KeyPath screenAt = at.key("screens").index(i);
            if (!names.add(screens.get(i).path("name").asText())) {
                problems.add(document.problem(screenAt.key("name"), "a screen named '"
                        + screens.get(i).path("name").asText() + "' is given twice"));
            }
            JsonNode screen = screens.get(i);
            refused(screenAt, () -> ConfigBinder.screen(screen));
        }
    }

    private void refused(KeyPath at, Runnable build) {
        try {
            build.run();
        } catch (IllegalArgumentException e) {
            problems.add(document.problem(at, e.getMessage()));
        }
    }
}
