package io.ballast.routes;

import java.time.Duration;

/** Retries of a failed call: up to {@code attempts} more, the first after {@code delay}, each next one longer. */
public record RetryPolicy(int attempts, Duration delay, double backoffMultiplier) {
}
