package io.ballast.agent.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the agent's YAML configuration and refuses it, with every problem found, unless it is valid. In order:
 * YAML syntax; the JSON Schema; then, on a file that matches the schema, the cross-field rules and the secret
 * references; last, the custom route files. Defaults come from the schema.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /** Loads the file with secrets from the process environment. */
    public static BallastConfig load(Path file) throws ConfigException {
        return load(file, System::getenv);
    }

    /** Loads the file, looking up {@code ${env:NAME}} references with the given function (null: not set). */
    public static BallastConfig load(Path file, Function<String, String> environment) throws ConfigException {
        Path workingDirectory = Path.of("").toAbsolutePath();
        YamlDocument document = YamlDocument.read(file);
        ConfigSchema schema = ConfigSchema.fromClasspath();
        List<ConfigProblem> problems = new ArrayList<>(schema.validate(document));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        problems.addAll(ConsistencyChecks.of(document));
        JsonNode tree = new SchemaDefaults(schema.tree()).apply(document.tree());
        SecretReferences secrets = new SecretReferences(document, environment, workingDirectory);
        secrets.resolve(tree);
        problems.addAll(secrets.problems());
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        BallastConfig config = new ConfigBinder(workingDirectory).bind(file, tree);
        if (config.customRoutes() != null) {
            problems.addAll(customRoutes(document, config.customRoutes()));
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
        }
        return config;
    }

    private static List<ConfigProblem> customRoutes(YamlDocument document, Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of(document.problem(KeyPath.ROOT.key("customRoutes"), "names no directory: " + directory));
        }
        return CustomRoutes.problems(directory);
    }
}
