package io.ballast.agent.config;

/**
 * One FIX initiator session.
 *
 * @param beginString {@code FIX.4.2} or {@code FIX.4.4}
 * @param store {@code database} (the ledger's tables) or {@code file} (under the data directory)
 */
public record FixSessionSettings(String name, String beginString, String senderCompId, String targetCompId,
        String host, int port, int heartbeatSeconds, boolean resetOnLogon, int reconnectSeconds,
        String store) {
}
