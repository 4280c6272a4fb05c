package io.ballast.connectors.fix;

import java.time.Duration;
import java.util.Arrays;

/** What one run of the FIX benchmark measured: orders per second and order-to-fill latency percentiles. */
public record LatencyFigures(String name, int orders, Duration elapsed, Duration p50, Duration p99) {
    /** From the whole run's duration and each order's nanoseconds from send to fill. */
    public static LatencyFigures of(String name, Duration elapsed, long[] latencyNanos) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new LatencyFigures(name, sorted.length, elapsed, Duration.ofNanos(percentile(sorted, 50)),
                Duration.ofNanos(percentile(sorted, 99)));
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    public double ordersPerSecond() {
        return orders / (elapsed.toNanos() / 1e9);
    }

    @Override
    public String toString() {
        return String.format("%-28s %,7d orders in %7.2f s = %,9.1f orders/s   order-to-fill p50 %8.2f ms  p99 %8.2f ms",
                name, orders, elapsed.toNanos() / 1e9, ordersPerSecond(), p50.toNanos() / 1e6, p99.toNanos() / 1e6);
    }
}
