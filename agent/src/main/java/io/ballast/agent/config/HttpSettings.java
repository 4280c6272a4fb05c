package io.ballast.agent.config;

/**
 * The agent's HTTP endpoints: views, and order cancel/replace on a loopback host.
 *
 * @param port 0 picks a free port
 */
public record HttpSettings(boolean enabled, String host, int port) {
}
