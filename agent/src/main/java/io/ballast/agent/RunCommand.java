package io.ballast.agent;

import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.ConfigException;
import io.ballast.agent.config.ConfigLoader;
import io.ballast.agent.runtime.AgentRuntime;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the agent headless against the custodians and FIX sessions of the configuration, "
                + "until it is stopped (SIGTERM or Ctrl-C).")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the YAML configuration file")
    private Path file;

    @Override
    public Integer call() throws Exception {
        BallastConfig config;
        try {
            config = ConfigLoader.load(file);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return Main.INVALID_CONFIG;
        }
        AgentRuntime agent;
        try {
            agent = AgentRuntime.start(config, MarketClock.system());
        } catch (Exception e) {
            System.err.println("ballast run: the agent did not start: " + e.getMessage());
            return Main.STAGE_FAILED;
        }
        UntilStopped.await(agent::close, "ballast-shutdown");
        return 0;
    }
}
