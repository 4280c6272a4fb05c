package io.ballast.agent.config;

/**
 * The agent's read-only HTTP endpoints.
 *
 * @param port 0 picks a free port
 */
public record HttpSettings(boolean enabled, String host, int port) {
}
