package io.ballast.agent.config;

/**
 * Settings of {@code ballast demo} only.
 *
 * @param households   how many sample households the demo book holds
 * @param seed         seed of the sample data, so every demo run is the same
 * @param partialFills how many partial fills the demo counterparty sends before filling an order
 */
public record DemoSettings(int households, long seed, int partialFills) {
}
