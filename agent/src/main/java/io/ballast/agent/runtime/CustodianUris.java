package io.ballast.agent.runtime;

import io.ballast.agent.config.CustodianSettings;
import io.ballast.agent.config.SftpSettings;
import java.util.StringJoiner;

/**
 * The Camel consumer endpoint for a custodian's transport. Loaded files move to {@code .done} and rejected ones
 * to {@code .failed} beside them; a file is taken only once its size has stopped changing; after three failed
 * polls in a row (server unreachable) polling backs off to every fourth interval.
 */
public final class CustodianUris {
    private CustodianUris() {
    }

    public static String of(CustodianSettings custodian) {
        StringJoiner options = new StringJoiner("&");
        options.add("include=RAW(" + custodian.filePattern() + ")");
        options.add("delay=" + custodian.pollInterval().toMillis());
        options.add("initialDelay=0");
        options.add("move=.done");
        options.add("moveFailed=.failed");
        options.add("readLock=changed");
        options.add("readLockCheckInterval=250");
        options.add("readLockMinAge=250");
        options.add("backoffErrorThreshold=3");
        options.add("backoffMultiplier=4");
        return switch (custodian.transport()) {
            case "sftp" -> sftp(custodian.sftp(), options);
            case "directory" -> "file:" + custodian.directory().toAbsolutePath() + "?" + options;
            default -> throw new IllegalArgumentException(
                    "custodian " + custodian.name() + ": unknown transport " + custodian.transport());
        };
    }

    private static String sftp(SftpSettings sftp, StringJoiner options) {
        options.add("binary=true");
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
        if (sftp.password() != null) {
            options.add("password=RAW(" + sftp.password() + ")");
        }
        return "sftp://" + sftp.username() + "@" + sftp.host() + ":" + sftp.port() + "/" + sftp.directory() + "?"
                + options;
    }
}
