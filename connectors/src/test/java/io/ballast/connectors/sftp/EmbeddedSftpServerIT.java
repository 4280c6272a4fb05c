package io.ballast.connectors.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server against the SSHD client, which checks the host key strictly against known_hosts. */
class EmbeddedSftpServerIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String USER = "custodian";
    private static final String PASSWORD = "drop-box-secret";

    @TempDir
    Path directory;
    private Path root;
    private Path hostKey;
    private Path knownHosts;
    private SshClient client;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(directory.resolve("root/inbox"));
        Files.writeString(root.resolve("northwind-2026-03-13.csv"), "HDR,Northwind Custody,2026-03-13\r\nTRL,0\r\n");
        hostKey = directory.resolve("keys/sftp-host.key");
        knownHosts = directory.resolve("known_hosts");
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, knownHosts));
        client.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        client.stop();
    }

    @Test
    void servesTheRootToAClientThatChecksTheHostKeyStrictly() throws IOException {
        try (EmbeddedSftpServer server = started(null)) {
            server.writeKnownHosts(knownHosts);

            try (ClientSession session = passwordSession(server.port(), PASSWORD);
                    SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                assertThat(names(sftp, "/inbox")).containsExactly("northwind-2026-03-13.csv");
                try (InputStream in = sftp.read("/inbox/northwind-2026-03-13.csv")) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .isEqualTo("HDR,Northwind Custody,2026-03-13\r\nTRL,0\r\n");
                }
            }
        }
        assertThat(Files.readString(knownHosts)).startsWith("[localhost]:").contains(",[127.0.0.1]:")
                .contains(" ecdsa-sha2-nistp256 ");
    }

    @Test
    void keepsItsHostKeyAcrossRestarts() throws IOException {
        try (EmbeddedSftpServer server = started(null)) {
            server.writeKnownHosts(knownHosts);
        }
        String firstKey = Files.readString(knownHosts).split(" ", 2)[1];

        try (EmbeddedSftpServer restarted = started(null)) {
            restarted.writeKnownHosts(knownHosts);
            assertThat(Files.readString(knownHosts).split(" ", 2)[1]).isEqualTo(firstKey);
            try (ClientSession session = passwordSession(restarted.port(), PASSWORD)) {
                assertThat(session.isAuthenticated()).isTrue();
            }
        }
    }

    @Test
    void clientRefusesAServerWhoseKeyIsNotKnown() throws IOException {
        try (EmbeddedSftpServer other = new EmbeddedSftpServer(new SftpServerConfig(0, root, USER, PASSWORD, null,
                directory.resolve("keys/other-host.key")))) {
            other.start();
            other.writeKnownHosts(knownHosts);
        }
        try (EmbeddedSftpServer server = started(null)) {
            // known_hosts names another key for this port's host: the client must refuse.
            String otherKey = Files.readString(knownHosts).split(" ", 2)[1];
            Files.writeString(knownHosts, "[localhost]:" + server.port() + " " + otherKey);

            assertThatThrownBy(() -> passwordSession(server.port(), PASSWORD).close()).isInstanceOf(IOException.class);
        }
    }

    @Test
    void refusesAWrongPassword() throws IOException {
        try (EmbeddedSftpServer server = started(null)) {
            server.writeKnownHosts(knownHosts);

            assertThatThrownBy(() -> passwordSession(server.port(), "guess").close()).isInstanceOf(IOException.class);
        }
    }

    @Test
    void acceptsTheAuthorizedPublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair userKey = generator.generateKeyPair();
        try (EmbeddedSftpServer server = started(userKey)) {
            server.writeKnownHosts(knownHosts);

            try (ClientSession session = client.connect(USER, "localhost", server.port()).verify(TIMEOUT)
                    .getSession()) {
                session.addPublicKeyIdentity(userKey);
                session.auth().verify(TIMEOUT);
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                    assertThat(names(sftp, "/")).contains("inbox");
                }
            }
        }
    }

    private EmbeddedSftpServer started(KeyPair authorizedKey) {
        EmbeddedSftpServer server = new EmbeddedSftpServer(new SftpServerConfig(0, directory.resolve("root"), USER,
                PASSWORD, authorizedKey == null ? null : authorizedKey.getPublic(), hostKey));
        server.start();
        return server;
    }

    private ClientSession passwordSession(int port, String password) throws IOException {
        ClientSession session = client.connect(USER, "localhost", port).verify(TIMEOUT).getSession();
        try {
            session.addPasswordIdentity(password);
            session.auth().verify(TIMEOUT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static List<String> names(SftpClient sftp, String path) throws IOException {
        List<String> names = new ArrayList<>();
        for (SftpClient.DirEntry entry : sftp.readDir(path)) {
            if (!entry.getFilename().equals(".") && !entry.getFilename().equals("..")) {
                names.add(entry.getFilename());
            }
        }
        return names;
    }
}
