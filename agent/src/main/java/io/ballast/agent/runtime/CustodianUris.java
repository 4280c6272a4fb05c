package io.ballast.agent.runtime;

import io.ballast.agent.config.CustodianSettings;
import io.ballast.agent.config.PollSchedule;
import io.ballast.agent.config.SftpSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The Camel consumer endpoint for a custodian's file transport. Loaded files move to the done directory and
 * rejected ones to the failed directory; a file is taken only once its size has stopped changing. A cron schedule
 * runs on Spring's CronTrigger ({@code scheduler=spring}), which camel-jms already brings, rather than Quartz and
 * its own thread pool and tables. An unreachable SFTP server is tried again within the poll ({@code retry}); at an
 * interval schedule, after three failed polls in a row polling backs off to every fourth interval.
 */
public final class CustodianUris {
    private CustodianUris() {
    }

    public static String of(CustodianSettings custodian) {
        StringJoiner options = new StringJoiner("&");
        options.add("include=RAW(" + custodian.filePattern() + ")");
        if (custodian.excludePattern() != null) {
            options.add("exclude=RAW(" + custodian.excludePattern() + ")");
        }
        schedule(custodian.schedule(), options);
        options.add("move=" + encode(custodian.doneDirectory()));
        options.add("moveFailed=" + encode(custodian.failedDirectory()));
        options.add("readLock=changed");
        options.add("readLockCheckInterval=250");
        options.add("readLockMinAge=250");
        return switch (custodian.transport()) {
            case "sftp" -> sftp(custodian, options);
            case "directory" -> "file:" + custodian.directory().toAbsolutePath() + "?" + options;
            default -> throw new IllegalArgumentException(
                    "custodian " + custodian.name() + ": transport " + custodian.transport() + " has no file endpoint");
        };
    }

    /** The consumer that starts each fetch of a custodian that is not a file source, on the same schedule rules. */
    public static String scheduler(CustodianSettings custodian) {
        StringJoiner options = new StringJoiner("&");
        schedule(custodian.schedule(), options);
        return "scheduler:custodian-" + custodian.name() + "?" + options;
    }

    private static void schedule(PollSchedule schedule, StringJoiner options) {
        if (schedule.isCron()) {
            options.add("scheduler=spring");
            options.add("scheduler.cron=" + encode(schedule.cron()));
            if (schedule.timeZone() != null) {
                options.add("scheduler.timeZone=" + encode(schedule.timeZone()));
            }
        } else {
            options.add("delay=" + schedule.interval().toMillis());
            options.add("initialDelay=0");
            options.add("backoffErrorThreshold=3");
            options.add("backoffMultiplier=4");
        }
    }

    private static String sftp(CustodianSettings custodian, StringJoiner options) {
        SftpSettings sftp = custodian.sftp();
        options.add("binary=true");
        options.add("connectTimeout=" + sftp.connectTimeout().toMillis());
        // a failed login fails the poll, so it is logged and counts towards the back-off
        options.add("throwExceptionOnConnectFailed=true");
        options.add("maximumReconnectAttempts=" + custodian.retry().attempts());
        options.add("reconnectDelay=" + custodian.retry().delay().toMillis());
        if (sftp.strictHostKeyChecking()) {
            options.add("strictHostKeyChecking=yes");
            if (sftp.knownHostsFile() == null) {
                // no file configured: the host keys the agent's user trusts, ~/.ssh/known_hosts
                options.add("useUserKnownHostsFile=true");
            } else {
                options.add("useUserKnownHostsFile=false");
                options.add("knownHostsFile=" + sftp.knownHostsFile().toAbsolutePath());
            }
        } else {
            options.add("strictHostKeyChecking=no");
        }
        if (sftp.privateKeyFile() != null) {
            options.add("privateKeyFile=" + sftp.privateKeyFile().toAbsolutePath());
        }
        if (sftp.privateKeyPassphrase() != null) {
            options.add("privateKeyPassphrase=RAW(" + sftp.privateKeyPassphrase() + ")");
        }
        if (sftp.password() != null) {
            options.add("password=RAW(" + sftp.password() + ")");
        }
        return "sftp://" + sftp.username() + "@" + sftp.host() + ":" + sftp.port() + "/" + sftp.directory() + "?"
                + options;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
