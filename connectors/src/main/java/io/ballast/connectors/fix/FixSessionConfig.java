package io.ballast.connectors.fix;

import java.util.Objects;
import java.util.Set;
import quickfix.FixVersions;

/**
 * One initiator session to a counterparty. The gateway renders it into QuickFIX/J settings; orders name it by
 * {@code name}. Its message store (sequence numbers, sent messages for resends) is {@code store}: files or a
 * database.
 */
public record FixSessionConfig(String name, String beginString, String senderCompId, String targetCompId,
        String host, int port, int heartbeatSeconds, boolean resetOnLogon, FixMessageStore store,
        int reconnectSeconds) {
    private static final Set<String> SUPPORTED_VERSIONS = Set.of(FixVersions.BEGINSTRING_FIX42,
            FixVersions.BEGINSTRING_FIX44);

    public FixSessionConfig {
        requireText(name, "session name");
        if (!SUPPORTED_VERSIONS.contains(beginString)) {
            throw new IllegalArgumentException("session " + name + ": BeginString must be FIX.4.2 or FIX.4.4, was "
                    + beginString);
        }
        requireText(senderCompId, "SenderCompID of session " + name);
        requireText(targetCompId, "TargetCompID of session " + name);
        requireText(host, "host of session " + name);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("session " + name + ": port must be 1..65535, was " + port);
        }
        if (heartbeatSeconds < 1) {
            throw new IllegalArgumentException("session " + name + ": heartbeat must be at least 1 s");
        }
        Objects.requireNonNull(store, () -> "message store of session " + name + " is required");
        if (reconnectSeconds < 1) {
            throw new IllegalArgumentException("session " + name + ": reconnect interval must be at least 1 s");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
