package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, started outside Maven as a user starts it: shading must keep OR-Tools' natives, Camel's
 * type-converter loaders and Flyway's service files working.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of("target", "ballast.jar").toAbsolutePath();

    @TempDir
    Path workingDirectory;

    @Test
    void printsItsVersion() throws Exception {
        Result result = run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("ballast 0.1.0-SNAPSHOT");
    }

    @Test
    void validatesTheDemoConfiguration() throws Exception {
        Result result = run("validate-config", DemoConfigs.DEMO_CONFIG.toAbsolutePath().toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void refusesABrokenConfigurationNamingTheLine() throws Exception {
        Path broken = Files.writeString(workingDirectory.resolve("broken.yaml"),
                "agent:\n  name: x\n  dataDirectory: data\nbroker:\n  embedded: maybe\n", StandardCharsets.UTF_8);
        Result result = run("validate-config", broken.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("broken.yaml:5:");
    }

    @Test
    void runsTheDemoToTheEnd() throws Exception {
        Result result = run("demo", "--config", DemoConfigs.DEMO_CONFIG.toAbsolutePath().toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Cycle complete", "0 reconciliation breaks")
                .containsPattern("allocations, \\d+\\.\\d{2} commission, 0 reconciliation breaks");
    }

    private Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Path output = workingDirectory.resolve("output.txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("ballast " + String.join(" ", arguments) + " did not finish");
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Result(int exitCode, String output) {
    }
}
