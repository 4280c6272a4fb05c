package io.ballast.agent.ops;

import com.zaxxer.hikari.HikariDataSource;
import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.runtime.Databases;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the CLI reads the traders' and operators' views: from the running agent's HTTP endpoints when an agent
 * answers at the configured address, else from the ledger itself. The agent owns the live FIX sessions, and an
 * embedded H2 ledger can be opened by one process only, so asking the agent comes first.
 */
public final class AgentOrLedger implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final BallastConfig config;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private HikariDataSource ledger;

    public AgentOrLedger(BallastConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The agent's address from the configuration; none when its HTTP endpoints are off or on a random port. */
    public Optional<String> agentUrl() {
        if (!config.http().enabled() || config.http().port() == 0) {
            return Optional.empty();
        }
        String host = "0.0.0.0".equals(config.http().host()) ? "127.0.0.1" : config.http().host();
        return Optional.of("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + config.http().port());
    }

    /** The agent's answer to a GET of {@code pathAndQuery}; empty when no agent answers. */
    public Optional<AgentAnswer> ask(String pathAndQuery) throws InterruptedException {
        return send(pathAndQuery, "GET");
    }

    /** The agent's answer to a POST of {@code pathAndQuery} (an order action); empty when no agent answers. */
    public Optional<AgentAnswer> post(String pathAndQuery) throws InterruptedException {
        return send(pathAndQuery, "POST");
    }

    private Optional<AgentAnswer> send(String pathAndQuery, String method) throws InterruptedException {
        Optional<String> url = agentUrl();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url.get() + pathAndQuery))
                    .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Optional.of(new AgentAnswer(response.statusCode(), response.body()));
        } catch (ConnectException | HttpTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("the agent at " + url.get() + " did not answer properly: " + e, e);
        }
    }

    /** What the agent answered: its HTTP status and body. */
    public record AgentAnswer(int status, String body) {
    }

    /** The views read from the ledger directly, opened on first use. */
    public LedgerViews ledger() {
        if (ledger == null) {
            Path data = config.agent().dataDirectory();
            boolean embedded = config.database() == null || config.database().url() == null;
            if (embedded && !Files.exists(data.resolve("ledger.mv.db"))) {
                throw new IllegalStateException("no ledger at " + data.resolve("ledger")
                        + ": the agent of this configuration has not run yet");
            }
            ledger = Databases.open(config.database(), data);
        }
        return new LedgerViews(ledger, config.fixSessions(), clock);
    }

    /** How the output names where it came from when no agent answered. */
    public String ledgerSource() {
        return "ledger" + agentUrl().map(url -> " (no agent answers at " + url + ")").orElse(" (HTTP endpoints off)");
    }

    @Override
    public void close() {
        if (ledger != null) {
            ledger.close();
        }
    }
}
