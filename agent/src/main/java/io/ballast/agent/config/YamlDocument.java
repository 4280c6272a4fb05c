package io.ballast.agent.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** A configuration file parsed into a tree, with the position of every key so problems can name their line. */
final class YamlDocument {
    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            // A key given twice is a mistake in a config file, not a silent override.
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Rates and weights stay exact decimals, as written.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final Path file;
    private final JsonNode tree;
    private final YamlLocations locations;

    private YamlDocument(Path file, JsonNode tree, YamlLocations locations) {
        this.file = file;
        this.tree = tree;
        this.locations = locations;
    }

    /** Reads and parses the file, refusing it when it cannot be read, is empty or is not valid YAML. */
    static YamlDocument read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw refused(file, 1, 1, "cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            JsonNode tree = YAML.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw refused(file, 1, 1, "the file is empty; it must hold the agent's configuration");
            }
            return new YamlDocument(file, tree, YamlLocations.scan(text));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw refused(file, line, column, "invalid YAML: " + syntaxProblem(e));
        } catch (IOException e) {
            throw refused(file, 1, 1, "cannot be parsed: " + e.getMessage());
        }
    }

    Path file() {
        return file;
    }

    JsonNode tree() {
        return tree;
    }

    ConfigProblem problem(KeyPath key, String message) {
        YamlLocations.Position at = locations.of(key);
        return new ConfigProblem(file, at.line(), at.column(), key.toString(), message);
    }

    /** The line of a key, for messages that point at an earlier definition. */
    int lineOf(KeyPath key) {
        return locations.of(key).line();
    }

    private static ConfigException refused(Path file, int line, int column, String message) {
        return new ConfigException(List.of(new ConfigProblem(file, line, column, "(file)", message)));
    }

    /** What the YAML parser found wrong, without the excerpt and caret it appends: the position says where. */
    private static String syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            return yaml.getContext() == null ? yaml.getProblem() : yaml.getProblem() + " (" + yaml.getContext() + ")";
        }
        String message = e.getOriginalMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
