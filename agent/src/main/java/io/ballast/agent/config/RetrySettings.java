package io.ballast.agent.config;

import java.time.Duration;

/**
 * How an unreachable source is retried: up to {@code attempts} more times, waiting {@code delay}, then each wait
 * {@code backoffMultiplier} times longer.
 */
public record RetrySettings(int attempts, Duration delay, double backoffMultiplier) {
}
