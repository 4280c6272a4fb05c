package io.ballast.agent.config;

import java.math.BigDecimal;

/**
 * Settings of {@code ballast demo} only.
 *
 * @param households   how many sample households the demo book holds
 * @param seed         seed of the sample data, so every demo run is the same
 * @param partialFills how many partial fills the demo counterparty sends before filling an order
 * @param commissionPerShare what the demo counterparty charges per share filled, in dollars
 */
public record DemoSettings(int households, long seed, int partialFills, BigDecimal commissionPerShare) {
}
