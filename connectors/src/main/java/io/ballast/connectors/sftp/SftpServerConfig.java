package io.ballast.connectors.sftp;

import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Objects;

/**
 * The embedded SFTP server's setup.
 *
 * @param port           the port to listen on (loopback only); 0 picks a free one at start
 * @param rootDirectory  what the user sees as "/"
 * @param user           the one user allowed in
 * @param password       that user's password
 * @param authorizedKey  a public key that may log in as the user instead of the password; null for none
 * @param hostKeyFile    where the host key is kept: generated on first start, reused afterwards
 */
public record SftpServerConfig(int port, Path rootDirectory, String user, String password, PublicKey authorizedKey,
        Path hostKeyFile) {
    public SftpServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SFTP port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(rootDirectory, "SFTP root directory is required");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("SFTP user and password are required");
        }
        Objects.requireNonNull(hostKeyFile, "SFTP host key file is required");
    }

    @Override
    public String toString() {
        return "SftpServerConfig[port=" + port + ", rootDirectory=" + rootDirectory + ", user=" + user
                + ", hostKeyFile=" + hostKeyFile + "]";
    }
}
