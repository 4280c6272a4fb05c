package io.ballast.agent.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for a condition of the ledger with a deadline, checking a few times a second. */
final class Waits {
    private static final Duration CHECK_EVERY = Duration.ofMillis(100);

    private Waits() {
    }

    static void until(String stage, String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new DemoStageException(stage, "timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(CHECK_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoStageException(stage, "interrupted while waiting for " + what);
            }
        }
    }
}
