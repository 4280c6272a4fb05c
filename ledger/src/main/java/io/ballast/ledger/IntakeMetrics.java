package io.ballast.ledger;

import io.micrometer.core.instrument.Metrics;

/** The intake counter in Micrometer's global registry; only touched when Micrometer is on the classpath. */
final class IntakeMetrics {
    private IntakeMetrics() {
    }

    static void rows(long count) {
        Metrics.counter("ballast.intake.rows").increment(count);
    }
}
