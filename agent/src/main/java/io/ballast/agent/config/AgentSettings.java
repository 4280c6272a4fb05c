package io.ballast.agent.config;

import java.nio.file.Path;

/**
 * @param name          this agent's name in logs, metrics and the console
 * @param dataDirectory absolute; a relative path in the file is resolved against the working directory
 */
public record AgentSettings(String name, Path dataDirectory) {
}
