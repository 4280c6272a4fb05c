package io.ballast.connectors.custodian.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens of the OAuth2 client-credentials grant (RFC 6749 §4.4): fetched when first needed, kept until a
 * minute before they expire, fetched again after the API refused one ({@link #invalidate()}).
 */
public final class OAuth2TokenSource {
    private static final Logger LOG = LoggerFactory.getLogger(OAuth2TokenSource.class);
    private static final Duration EARLY_REFRESH = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OAuth2Credentials credentials;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String token;
    private Instant refreshAt = Instant.MIN;

    public OAuth2TokenSource(OAuth2Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** A token that is not about to expire; fetches one when needed. Throws {@link IOException} when it cannot. */
    public synchronized String token() throws IOException {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return token;
    }

    /** Forgets the token, so the next {@link #token()} fetches a new one. */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() throws IOException {
        String form = "grant_type=client_credentials"
                + (credentials.scope() == null ? "" : "&scope=" + encode(credentials.scope()));
        // client_secret_basic (RFC 6749 §2.3.1): id and secret form-encoded, then Basic
        String basic = Base64.getEncoder().encodeToString((encode(credentials.clientId()) + ":"
                + encode(credentials.clientSecret())).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(credentials.tokenUrl()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching a token from " + credentials.tokenUrl(), e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint " + credentials.tokenUrl() + " answered HTTP "
                    + response.statusCode() + " for client " + credentials.clientId());
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("token endpoint " + credentials.tokenUrl() + " answered with no JSON", e);
        }
        String accessToken = answer.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw new IOException("token endpoint " + credentials.tokenUrl() + " answered without access_token");
        }
        long expiresIn = answer.path("expires_in").asLong(3600);
        token = accessToken;
        Instant now = clock.instant();
        Duration lifetime = Duration.ofSeconds(expiresIn);
        refreshAt = now.plus(lifetime.compareTo(EARLY_REFRESH.multipliedBy(2)) > 0 ? lifetime.minus(EARLY_REFRESH)
                : lifetime.dividedBy(2));
        LOG.info("OAuth2 token for client {} fetched from {}, valid {} s", credentials.clientId(),
                credentials.tokenUrl(), expiresIn);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
