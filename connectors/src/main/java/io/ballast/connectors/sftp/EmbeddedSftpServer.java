package io.ballast.connectors.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.RejectAllPublickeyAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SFTP server (Apache MINA SSHD) for the demo's custodian drop and for tests: one user, one root directory,
 * listening on the loopback interface. Its EC host key is kept in a file so a restart presents the same key and
 * clients can check it strictly against the known_hosts file this server writes.
 */
public final class EmbeddedSftpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSftpServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final SftpServerConfig config;
    private final SimpleGeneratorHostKeyProvider hostKeys;
    private final SshServer server;

    public EmbeddedSftpServer(SftpServerConfig config) {
        this.config = config;
        this.hostKeys = new SimpleGeneratorHostKeyProvider(config.hostKeyFile());
        hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        hostKeys.setKeySize(256);
        this.server = SshServer.setUpDefaultServer();
        server.setHost(LOOPBACK);
        server.setPort(config.port());
        server.setKeyPairProvider(hostKeys);
        server.setFileSystemFactory(new VirtualFileSystemFactory(config.rootDirectory().toAbsolutePath()));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setPasswordAuthenticator((user, password, session) -> config.user().equals(user)
                && MessageDigest.isEqual(config.password().getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8)));
        PublicKey authorized = config.authorizedKey();
        server.setPublickeyAuthenticator(authorized == null ? RejectAllPublickeyAuthenticator.INSTANCE
                : (user, key, session) -> config.user().equals(user) && KeyUtils.compareKeys(authorized, key));
    }

    public void start() {
        try {
            Files.createDirectories(config.rootDirectory());
            Path keyDirectory = config.hostKeyFile().toAbsolutePath().getParent();
            if (keyDirectory != null) {
                Files.createDirectories(keyDirectory);
            }
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("SFTP server could not start: " + e.getMessage(), e);
        }
        LOG.info("SFTP server serving {} on {}:{}", config.rootDirectory(), LOOPBACK, port());
    }

    /** The port it listens on: the one configured, or the free one it picked when configured with 0. */
    public int port() {
        if (!server.isStarted()) {
            throw new IllegalStateException("the SFTP server has not started");
        }
        return server.getPort();
    }

    /** Writes a known_hosts file naming this server's host key for localhost and 127.0.0.1 on its port. */
    public void writeKnownHosts(Path knownHostsFile) {
        int port = port();
        String line = "[localhost]:" + port + ",[" + LOOPBACK + "]:" + port + " "
                + PublicKeyEntry.toString(hostPublicKey()) + System.lineSeparator();
        try {
            Path directory = knownHostsFile.toAbsolutePath().getParent();
            if (directory != null) {
                Files.createDirectories(directory);
            }
            Files.writeString(knownHostsFile, line, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write known_hosts file " + knownHostsFile, e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException("SFTP server did not stop cleanly", e);
        }
        LOG.info("SFTP server stopped");
    }

    private PublicKey hostPublicKey() {
        Iterator<KeyPair> keys = hostKeys.loadKeys(null).iterator();
        if (!keys.hasNext()) {
            throw new IllegalStateException("the SFTP server has no host key in " + config.hostKeyFile());
        }
        return keys.next().getPublic();
    }
}
