package io.ballast.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.agent.config.CustodianSettings;
import io.ballast.agent.config.SftpSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CustodianUrisTest {
    private static CustodianSettings sftp(Path knownHosts, boolean strict) {
        return new CustodianSettings("c", "ballast-csv", "sftp", new SftpSettings("h", 22, "u", "pw", null, "outbox",
                knownHosts, strict), null, ".*\\.csv", Duration.ofSeconds(30));
    }

    @Test
    void strictCheckingUsesTheConfiguredKnownHostsFile() {
        assertThat(CustodianUris.of(sftp(Path.of("/etc/ballast/known_hosts"), true)))
                .startsWith("sftp://u@h:22/outbox?")
                .contains("strictHostKeyChecking=yes", "useUserKnownHostsFile=false",
                        "knownHostsFile=/etc/ballast/known_hosts", "password=RAW(pw)", "move=.done",
                        "moveFailed=.failed", "include=RAW(.*\\.csv)", "delay=30000");
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
}
