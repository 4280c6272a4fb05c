package io.ballast.agent;

import io.ballast.agent.config.ConfigException;
import io.ballast.agent.config.ConfigLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate-config", mixinStandardHelpOptions = true,
        description = "Checks a configuration file against the schema and prints every problem with its line.")
final class ValidateConfigCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the YAML configuration file")
    private Path file;

    @Override
    public Integer call() {
        try {
            ConfigLoader.load(file);
            System.out.println(file + ": valid");
            return 0;
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return Main.INVALID_CONFIG;
        }
    }
}
