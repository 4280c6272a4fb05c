package io.ballast.agent.config;

import java.nio.file.Path;

/**
 * An SFTP server a custodian drops its files on; authenticated by password, private key or both.
 *
 * @param directory      the remote directory holding the files
 * @param privateKeyFile absolute, or {@code null} when a password is used
 * @param knownHostsFile absolute, or {@code null} for the SSH client's default
 */
public record SftpSettings(String host, int port, String username, String password, Path privateKeyFile,
        String directory, Path knownHostsFile, boolean strictHostKeyChecking) {
    @Override
    public String toString() {
        return "SftpSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + Redacted.of(password) + ", privateKeyFile=" + privateKeyFile + ", directory=" + directory
                + ", knownHostsFile=" + knownHostsFile + ", strictHostKeyChecking=" + strictHostKeyChecking + "]";
    }
}
