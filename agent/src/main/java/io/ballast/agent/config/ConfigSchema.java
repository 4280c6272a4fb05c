package io.ballast.agent.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON Schema (draft 2020-12) every configuration file must match, shipped in the jar. */
final class ConfigSchema {
    static final String RESOURCE = "ballast/config/ballast.schema.json";
    /** Schema nodes may word a failed keyword for the admin: {@code "message": {"pattern": "must be ..."}}. */
    static final String MESSAGE_KEYWORD = "message";

    private final JsonNode tree;
    private final JsonSchema schema;
    private final SchemaMessages messages;

    private ConfigSchema(JsonNode tree) {
        this.tree = tree;
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().errorMessageKeyword(MESSAGE_KEYWORD).build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
        this.messages = new SchemaMessages(tree);
    }

    static ConfigSchema fromClasspath() {
        try (InputStream in = ConfigSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; the build packages it");
            }
            // Defaults such as rates stay exact decimals.
            return new ConfigSchema(new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The schema itself, for the defaults it declares. */
    JsonNode tree() {
        return tree;
    }

    List<ConfigProblem> validate(YamlDocument document) {
        return schema.validate(document.tree()).stream().map(failure -> messages.problem(document, failure))
                .distinct().toList();
    }
}
