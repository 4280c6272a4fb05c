package io.ballast.agent.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${env:NAME}} and {@code ${file:PATH}} in string values with the environment variable or the
 * file's content (without its trailing line break). Problems name the key and the reference, never a value.
 */
final class SecretReferences {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z]+):([^}]*)}");

    private final YamlDocument document;
    private final Function<String, String> environment;
    private final Path workingDirectory;
    private final List<ConfigProblem> problems = new ArrayList<>();

    SecretReferences(YamlDocument document, Function<String, String> environment, Path workingDirectory) {
        this.document = document;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    /** Resolves in place every reference in the tree's string values; see {@link #problems()} for failures. */
    void resolve(JsonNode tree) {
        resolve(tree, KeyPath.ROOT);
    }

    List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    private void resolve(JsonNode node, KeyPath path) {
        if (node instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode value = object.get(key);
                if (value.isTextual()) {
                    object.set(key, substitute(value.asText(), path.key(key)));
                } else {
                    resolve(value, path.key(key));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual()) {
                    array.set(i, substitute(value.asText(), path.index(i)));
                } else {
                    resolve(value, path.index(i));
                }
            }
        }
    }

    private TextNode substitute(String text, KeyPath key) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String value = lookUp(reference.group(1), reference.group(2), key);
            reference.appendReplacement(resolved, Matcher.quoteReplacement(value == null ? "" : value));
        }
        reference.appendTail(resolved);
        return TextNode.valueOf(resolved.toString());
    }

    private String lookUp(String kind, String name, KeyPath key) {
        if (name.isBlank()) {
            return fail(key, "${" + kind + ":} names nothing");
        }
        return switch (kind) {
            case "env" -> {
                String value = environment.apply(name);
                yield value != null ? value : fail(key, "environment variable " + name + " is not set");
            }
            case "file" -> readFile(name, key);
            default -> fail(key, "unknown reference ${" + kind + ":...}; use ${env:NAME} or ${file:PATH}");
        };
    }

    private String readFile(String name, KeyPath key) {
        Path file = workingDirectory.resolve(name);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\\R\\z", "");
        } catch (IOException e) {
            return fail(key, "cannot read secret file " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private String fail(KeyPath key, String message) {
        problems.add(document.problem(key, message));
        return null;
    }
}
