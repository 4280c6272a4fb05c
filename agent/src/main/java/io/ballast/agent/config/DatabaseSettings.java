package io.ballast.agent.config;

/**
 * The book of record.
 *
 * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} url; {@code null} means the embedded H2 file database
 *            {@code <dataDirectory>/ledger}
 */
public record DatabaseSettings(String url, String username, String password) {
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + Redacted.url(url) + ", username=" + username + ", password=" + Redacted.of(password) + "]";
    }
}
