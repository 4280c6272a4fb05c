package io.ballast.agent;

import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo's configuration, with its data directory moved into a test's temporary directory. */
final class DemoConfigs {
    static final Path DEMO_CONFIG = Path.of("..", "config", "ballast.yaml");

    private DemoConfigs() {
    }

    static BallastConfig inDirectory(Path directory) throws Exception {
        String yaml = Files.readString(DEMO_CONFIG, StandardCharsets.UTF_8)
                .replace("data/demo", directory.resolve("data").toAbsolutePath().toString());
        Path file = Files.writeString(directory.resolve("ballast.yaml"), yaml, StandardCharsets.UTF_8);
        return ConfigLoader.load(file);
    }
}
