package io.ballast.agent.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * An SFTP server a custodian drops its files on; authenticated by password, private key or both.
 *
 * @param directory      the remote directory holding the files
 * @param privateKeyFile absolute, or {@code null} when a password is used
 * @param knownHostsFile absolute, or {@code null} for the SSH client's default
 * @param connectTimeout how long a connection attempt may take
 */
public record SftpSettings(String host, int port, String username, String password, Path privateKeyFile,
        String privateKeyPassphrase, String directory, Path knownHostsFile, boolean strictHostKeyChecking,
        Duration connectTimeout) {

    /** The same login on another port (the demo's embedded server picks a free one). */
    public SftpSettings withPort(int newPort) {
        return new SftpSettings(host, newPort, username, password, privateKeyFile, privateKeyPassphrase, directory,
                knownHostsFile, strictHostKeyChecking, connectTimeout);
    }

    @Override
    public String toString() {
        return "SftpSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + Redacted.of(password) + ", privateKeyFile=" + privateKeyFile + ", privateKeyPassphrase="
                + Redacted.of(privateKeyPassphrase) + ", directory=" + directory + ", knownHostsFile="
                + knownHostsFile + ", strictHostKeyChecking=" + strictHostKeyChecking + ", connectTimeout="
                + connectTimeout + "]";
    }
}
