package io.ballast.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomRoutesTest {
    private static final String ROUTE = """
            - route:
                id: odd-feed
                from:
                  uri: file:drop
                  steps:
                    - %s:
                        uri: %s
            """;

    @TempDir
    Path directory;

    @Test
    void theShippedExampleIsAValidRoute() throws IOException {
        Files.copy(Fixtures.exampleRoute(), directory.resolve("odd-feed.yaml"));

        assertThat(CustomRoutes.problems(directory)).isEmpty();
    }

    @Test
    void anUnknownStepIsNamedWithItsFileAndLine() throws IOException {
        Path file = write("broken.yaml", ROUTE.formatted("too", "file:inbox"));

        assertThat(CustomRoutes.problems(directory))
                .containsExactly(new ConfigProblem(file, 6, 11, "route", "Unknown node id: too"));
    }

    @Test
    void brokenYamlIsNamedWithItsFileAndLine() throws IOException {
        Path file = write("syntax.yaml", "- route:\n    id: x\n   from: [\n");

        assertThat(CustomRoutes.problems(directory)).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo(file))
                .satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void anEndpointNoComponentServesIsNamedWithTheRoute() throws IOException {
        Path file = write("unknown-component.yaml", ROUTE.formatted("to", "nosuch:inbox"));

        assertThat(CustomRoutes.problems(directory)).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo(file))
                .satisfies(p -> assertThat(p.line()).isEqualTo(1))
                .satisfies(p -> assertThat(p.key()).isEqualTo("route odd-feed"))
                .satisfies(p -> assertThat(p.message()).startsWith("No endpoint could be found for: nosuch:"));
    }

    @Test
    void theConfigurationIsRefusedWithABrokenRoute() throws IOException {
        Path routes = Files.createDirectories(directory.resolve("routes"));
        Files.writeString(routes.resolve("broken.yaml"), ROUTE.formatted("too", "file:inbox"));
        Path config = Files.writeString(directory.resolve("ballast.yaml"),
                Files.readString(Fixtures.config("minimal.yaml")) + "customRoutes: routes\n");

        assertThatThrownBy(() -> ConfigLoader.load(config, name -> null)).isInstanceOf(ConfigException.class)
                .hasMessage(routes.resolve("broken.yaml") + ":6:11: route: Unknown node id: too");
    }

    @Test
    void aMissingDirectoryIsNamedAtItsKey() throws IOException {
        Path config = Files.writeString(directory.resolve("ballast.yaml"),
                Files.readString(Fixtures.config("minimal.yaml")) + "customRoutes: routes\n");

        assertThatThrownBy(() -> ConfigLoader.load(config, name -> null)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("customRoutes: names no directory: " + directory.resolve("routes"));
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(directory.resolve(name), yaml, StandardCharsets.UTF_8);
    }
}
