package io.ballast.agent.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Words a schema failure for an IT admin: the key it concerns and what was expected there. Values are never
 * echoed, since any string may be a secret.
 */
final class SchemaMessages {
    private static final int MAX_TYPO_DISTANCE = 2;

    private final JsonNode schema;

    SchemaMessages(JsonNode schema) {
        this.schema = schema;
    }

    ConfigProblem problem(YamlDocument document, ValidationMessage failure) {
        KeyPath at = keyPath(failure.getInstanceLocation());
        JsonNode rule = ruleOf(failure);
        String keyword = failure.getType();
        if (rule.path(ConfigSchema.MESSAGE_KEYWORD).has(keyword)) {
            KeyPath key = "required".equals(keyword) ? at.key(failure.getProperty()) : at;
            return document.problem(key, failure.getMessage());
        }
        return switch (keyword) {
            case "required" -> document.problem(at.key(failure.getProperty()), "is required");
            case "additionalProperties" -> document.problem(at.key(failure.getProperty()),
                    unknownKey(failure.getProperty(), rule.path("properties")));
            case "type", "minimum", "maximum" ->
                    document.problem(at, "must be " + expectedValue(rule));
            case "enum" -> document.problem(at, "must be one of " + quotedList(rule.path("enum")));
            case "minItems" -> document.problem(at, "must list at least " + entries(rule.path("minItems").asInt()));
            case "minProperties" -> document.problem(at, "must hold at least " + entries(rule.path("minProperties").asInt()));
            case "minLength" -> document.problem(at, "must not be empty");
            case "uniqueItems" -> document.problem(at, "must not list the same entry twice");
            default -> document.problem(at, withoutLocation(failure));
        };
    }

    /** The schema object holding the keyword that failed, such as the {@code port} definition for its maximum. */
    private JsonNode ruleOf(ValidationMessage failure) {
        String fragment = failure.getSchemaLocation().getFragment().toString();
        return schema.at(JsonPointer.compile(fragment).head());
    }

    private static KeyPath keyPath(JsonNodePath location) {
        KeyPath path = KeyPath.ROOT;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? path.index(index) : path.key(element.toString());
        }
        return path;
    }

    private static String expectedValue(JsonNode rule) {
        String type = rule.path("type").asText();
        String noun = switch (type) {
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping of keys to values";
            default -> "a valid value";
        };
        JsonNode min = rule.path("minimum");
        JsonNode max = rule.path("maximum");
        if (min.isNumber() && max.isNumber()) {
            return noun + " between " + min.decimalValue().toPlainString() + " and "
                    + max.decimalValue().toPlainString();
        }
        if (min.isNumber()) {
            return noun + " of at least " + min.decimalValue().toPlainString();
        }
        if (max.isNumber()) {
            return noun + " of at most " + max.decimalValue().toPlainString();
        }
        return noun;
    }

    private static String unknownKey(String key, JsonNode properties) {
        List<String> allowed = new ArrayList<>();
        properties.fieldNames().forEachRemaining(allowed::add);
        if (allowed.isEmpty()) {
            return "unknown key '" + key + "'";
        }
        return allowed.stream()
                .filter(candidate -> distance(key, candidate) <= MAX_TYPO_DISTANCE)
                .min(Comparator.comparingInt(candidate -> distance(key, candidate)))
                .map(candidate -> "unknown key '" + key + "' — did you mean '" + candidate + "'?")
                .orElse("unknown key '" + key + "' — expected one of " + String.join(", ", allowed));
    }

    /** Edit distance, ignoring case, so that 'prot' finds 'port' and 'Host' finds 'host'. */
    private static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }

    private static String entries(int count) {
        return count == 1 ? "1 entry" : count + " entries";
    }

    private static String quotedList(JsonNode values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(value -> quoted.add("'" + value.asText() + "'"));
        return quoted.stream().collect(Collectors.joining(", "));
    }

    // The validator prefixes its own wording with the instance location, which the problem already names.
    private static String withoutLocation(ValidationMessage failure) {
        String message = failure.getMessage();
        String prefix = failure.getInstanceLocation() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
