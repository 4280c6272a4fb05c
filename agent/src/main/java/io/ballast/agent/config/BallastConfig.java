package io.ballast.agent.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The agent's whole configuration, read from one YAML file by {@link ConfigLoader}.
 *
 * @param source       the file it was read from
 * @param customRoutes the absolute directory of Camel YAML DSL route files loaded at start; {@code null}: none
 */
public record BallastConfig(Path source, AgentSettings agent, DatabaseSettings database, BrokerSettings broker,
        List<CustodianSettings> custodians, List<FixSessionSettings> fixSessions, OptimizerSettings optimizer,
        ReconciliationSettings reconciliation, HttpSettings http, DemoSettings demo, Path customRoutes) {
    public BallastConfig {
        custodians = List.copyOf(custodians);
        fixSessions = List.copyOf(fixSessions);
    }

    public BallastConfig withOptimizer(OptimizerSettings settings) {
        return new BallastConfig(source, agent, database, broker, custodians, fixSessions, settings, reconciliation,
                http, demo, customRoutes);
    }
}
