package io.ballast.agent.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills absent optional keys with the {@code default} the schema declares for them, so the schema is the one
 * place defaults are written down. Runs on a tree that already matches the schema.
 */
final class SchemaDefaults {
    private final JsonNode schema;

    SchemaDefaults(JsonNode schema) {
        this.schema = schema;
    }

    /** A copy of the tree with every default in place. */
    JsonNode apply(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        fill(copy, schema);
        return copy;
    }

    private void fill(JsonNode instance, JsonNode rule) {
        JsonNode resolved = resolve(rule);
        if (instance instanceof ObjectNode object) {
            resolved.path("properties").forEachEntry((key, property) -> {
                if (!object.has(key) && property.has("default")) {
                    object.set(key, property.get("default").deepCopy());
                }
                if (object.has(key)) {
                    fill(object.get(key), property);
                }
            });
        } else if (instance.isArray()) {
            instance.forEach(item -> fill(item, resolved.path("items")));
        }
    }

    /** Follows a local {@code $ref} such as {@code #/$defs/sftp}; the schema uses no other kind. */
    private JsonNode resolve(JsonNode rule) {
        JsonNode ref = rule.path("$ref");
        return ref.isTextual() ? resolve(schema.at(ref.asText().substring(1))) : rule;
    }
}
