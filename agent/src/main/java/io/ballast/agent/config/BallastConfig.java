package io.ballast.agent.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The agent's whole configuration, read from one YAML file by {@link ConfigLoader}.
 *
 * @param source the file it was read from
 */
public record BallastConfig(Path source, AgentSettings agent, DatabaseSettings database, BrokerSettings broker,
        List<CustodianSettings> custodians, List<FixSessionSettings> fixSessions, OptimizerSettings optimizer,
        DemoSettings demo) {
    public BallastConfig {
        custodians = List.copyOf(custodians);
        fixSessions = List.copyOf(fixSessions);
    }

    public BallastConfig withOptimizer(OptimizerSettings settings) {
        return new BallastConfig(source, agent, database, broker, custodians, fixSessions, settings, demo);
    }
}
