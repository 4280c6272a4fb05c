package io.ballast.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long load: every {@value #EVERY} rows the rows written so far and the rate are logged, and each
 * row counts in the {@code ballast.intake.rows} Micrometer counter when Micrometer is on the classpath.
 */
final class IntakeProgress {
    static final int EVERY = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(IntakeProgress.class);
    private static final boolean METRICS = micrometerPresent();

    private final String file;
    private final Supplier<Instant> now;
    private final Instant start;
    private long rows;

    IntakeProgress(String file, Supplier<Instant> now) {
        this.file = file;
        this.now = now;
        this.start = now.get();
    }

    void row() {
        rows++;
        if (rows % EVERY == 0) {
            LOG.info("{}: {} rows written, {} rows/s", file, rows, rate());
            if (METRICS) {
                IntakeMetrics.rows(EVERY);
            }
        }
    }

    void done() {
        if (METRICS) {
            IntakeMetrics.rows(rows % EVERY);
        }
        if (rows >= EVERY) {
            LOG.info("{}: all {} rows written, {} rows/s", file, rows, rate());
        }
    }

    private long rate() {
        long millis = Math.max(1, Duration.between(start, now.get()).toMillis());
        return rows * 1000 / millis;
    }

    private static boolean micrometerPresent() {
        try {
            Class.forName("io.micrometer.core.instrument.Metrics", false, IntakeProgress.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
