package io.ballast.agent.config;

import java.time.Duration;

/**
 * When a custodian's source is polled: every {@code interval}, or at the times of a cron expression.
 *
 * @param cron     Spring cron expression (second minute hour day-of-month month day-of-week); {@code null}: the
 *                 interval
 * @param timeZone the zone of the cron expression; {@code null}: the agent's
 */
public record PollSchedule(Duration interval, String cron, String timeZone) {
    public boolean isCron() {
        return cron != null;
    }
}
