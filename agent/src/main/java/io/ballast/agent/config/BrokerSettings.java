package io.ballast.agent.config;

/**
 * The message broker.
 *
 * @param embedded true for an in-VM Artemis with its journal under {@code <dataDirectory>/broker}
 * @param url      the external Artemis, such as {@code tcp://host:61616}; {@code null} when embedded
 */
public record BrokerSettings(boolean embedded, String url, String username, String password) {
    @Override
    public String toString() {
        return "BrokerSettings[embedded=" + embedded + ", url=" + Redacted.url(url) + ", username=" + username
                + ", password=" + Redacted.of(password) + "]";
    }
}
