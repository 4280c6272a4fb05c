package io.ballast.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.agent.config.CustodianSettings;
import io.ballast.agent.config.PollSchedule;
import io.ballast.agent.config.RetrySettings;
import io.ballast.agent.config.SftpSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CustodianUrisTest {
    private static final RetrySettings RETRY = new RetrySettings(3, Duration.ofSeconds(10), 2);
    private static final PollSchedule EVERY_30_SECONDS = new PollSchedule(Duration.ofSeconds(30), null, null);

    private static CustodianSettings sftp(Path knownHosts, boolean strict) {
        return new CustodianSettings("c", "ballast-csv", "sftp", new SftpSettings("h", 22, "u", "pw", null, null,
                "outbox", knownHosts, strict, Duration.ofSeconds(10)), null, null, ".*\\.csv", null,
                EVERY_30_SECONDS, ".done", ".failed", RETRY, null, "reject", "break");
    }

    @Test
    void strictCheckingUsesTheConfiguredKnownHostsFile() {
        assertThat(CustodianUris.of(sftp(Path.of("/etc/ballast/known_hosts"), true)))
                .startsWith("sftp://u@h:22/outbox?")
                .contains("strictHostKeyChecking=yes", "useUserKnownHostsFile=false",
                        "knownHostsFile=/etc/ballast/known_hosts", "password=RAW(pw)", "move=.done",
                        "moveFailed=.failed", "include=RAW(.*\\.csv)", "delay=30000",
                        "maximumReconnectAttempts=3", "reconnectDelay=10000", "throwExceptionOnConnectFailed=true");
    }

    @Test
    void strictCheckingWithoutAFileUsesTheUsersKnownHosts() {
        assertThat(CustodianUris.of(sftp(null, true))).contains("strictHostKeyChecking=yes",
                "useUserKnownHostsFile=true").doesNotContain("knownHostsFile=");
    }

    @Test
    void hostKeyCheckingCanBeTurnedOff() {
        assertThat(CustodianUris.of(sftp(null, false))).contains("strictHostKeyChecking=no");
    }

    @Test
    void aCronScheduleUsesSpringsSchedulerAndExcludesAreKept() {
        CustodianSettings directory = new CustodianSettings("d", "ballast-csv", "directory", null,
                Path.of("/srv/inbox"), null, ".*\\.csv", ".*\\.tmp\\.csv",
                new PollSchedule(null, "0 */5 6-9 * * MON-FRI", "America/New_York"), "archive", "rejected", RETRY,
                null, "reject", "break");

        assertThat(CustodianUris.of(directory)).startsWith("file:/srv/inbox?").contains("scheduler=spring",
                "scheduler.cron=0+*%2F5+6-9+*+*+MON-FRI", "scheduler.timeZone=America%2FNew_York",
                "exclude=RAW(.*\\.tmp\\.csv)", "move=archive", "moveFailed=rejected").doesNotContain("delay=");
    }
}
