package io.ballast.agent;

import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.ConfigException;
import io.ballast.agent.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config} option of the commands that look at an agent: its file, config/ballast.yaml by default. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "the agent's YAML configuration (default: config/ballast.yaml)")
    private Path file = DemoCommand.DEFAULT_CONFIG;

    BallastConfig load() throws ConfigException {
        return ConfigLoader.load(file);
    }
}
