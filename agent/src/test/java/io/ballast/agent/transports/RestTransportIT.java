package io.ballast.agent.transports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.agent.demo.DemoBook;
import io.ballast.agent.runtime.AgentRuntime;
import io.ballast.domain.CustodianSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST connector against a custodian API served in-process: OAuth2 client credentials with the token fetched
 * again when it expires or is refused, cursor and next-link paging, the rate limit, retries of a failing API, and
 * a malformed record that loads nothing and is named.
 */
class RestTransportIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Map<String, String> ENVIRONMENT = Map.of("API_SECRET", CustodianApiServer.CLIENT_SECRET);
    private static final int REQUESTS_PER_WINDOW = 6;
    private static final Duration WINDOW = Duration.ofSeconds(1);
    private static final String BATCHES = "SELECT COUNT(*) FROM import_batch";

    @TempDir
    Path directory;

    private final CustodianSnapshot book = DemoBook.generate(2, 7, LocalDate.of(2026, 11, 24));
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T11:00:00Z"));

    @Test
    void fetchesEveryPageWithinTheRateLimitAndRenewsItsToken() throws Exception {
        try (CustodianApiServer api = new CustodianApiServer(book, 5, false); LogCapture log = new LogCapture()) {
            api.failNext(2);
            try (AgentRuntime agent = TestAgent.start(config(api, "cursor"), ENVIRONMENT, clock)) {
                await().atMost(WAIT).until(() -> TestAgent.count(agent, BATCHES) == 1);
                assertThat(log.contains("INFO", "loaded " + expectedPages() + " pages from the API as of 2026-11-24: "
                        + book.accounts().size() + " accounts, " + book.lots().size() + " lots")).isTrue();
                assertThat(log.contains("WARN", "503")).as("the failed calls were retried").isTrue();
                assertThat(api.tokensIssued()).isEqualTo(1);

                clock.advance(Duration.ofHours(2)); // past the token's hour
                await().atMost(WAIT).until(() -> api.tokensIssued() == 2);

                api.revokeTokens();
                await().atMost(WAIT).until(() -> api.tokensIssued() == 3);
                await().atMost(WAIT).until(() -> log.count("INFO", "the API served the same book as before") >= 2);
                assertThat(api.unauthorizedAnswers()).isEqualTo(1);
                assertThat(TestAgent.count(agent, BATCHES)).isEqualTo(1);
            }
            assertThat(mostRequestsInAnyWindow(api.apiRequestNanos())).isLessThanOrEqualTo(REQUESTS_PER_WINDOW);
        }
    }

    @Test
    void aMalformedRecordLoadsNothingAndIsNamed() throws Exception {
        try (CustodianApiServer api = new CustodianApiServer(book, 4, true); LogCapture log = new LogCapture()) {
            api.spoil("lots", 5, lot -> lot.put("quantity", "twelve"));
            api.spoil("accounts", 0, account -> account.put("registration", "PARTNERSHIP"));
            try (AgentRuntime agent = TestAgent.start(config(api, "nextLink"), ENVIRONMENT, clock)) {
                await().atMost(WAIT).until(() -> log.contains("ERROR", "problem(s)"));
                String lots = "lots page 2 (http://127.0.0.1:" + api.port() + "/v1/lots?limit=4&offset=4):2 "
                        + "[quantity /quantity]: 'twelve' is not a number";
                assertThat(log.contains("ERROR", lots)).as(lots).isTrue();
                assertThat(log.contains("ERROR", ":1 [type /registration]: 'PARTNERSHIP' is not one of")).isTrue();
                assertThat(TestAgent.count(agent, BATCHES)).isZero();
            }
        }
    }

    /** The most API requests the server received within any stretch one window long. */
    private static int mostRequestsInAnyWindow(List<Long> arrivals) {
        // the throttle admits requests a window apart; how long each then takes to arrive varies on a busy machine
        long window = WINDOW.toNanos() - TimeUnit.MILLISECONDS.toNanos(250);
        int most = 0;
        for (int first = 0; first < arrivals.size(); first++) {
            int last = first;
            while (last + 1 < arrivals.size() && arrivals.get(last + 1) - arrivals.get(first) < window) {
                last++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    private int expectedPages() {
        return pages(book.accounts().size()) + pages(book.securities().size()) + pages(book.prices().size())
                + pages(book.lots().size()) + pages(book.cash().size());
    }

    private static int pages(int records) {
        return Math.max(1, (records + 4) / 5);
    }

    private Path config(CustodianApiServer api, String pagination) throws IOException {
        String base = "http://127.0.0.1:" + api.port();
        return TestAgent.config(directory, "", """
                  - name: custodian-api
                    transport: rest
                    pollInterval: PT0.5S
                    retry: { attempts: 3, delay: PT0.1S, backoffMultiplier: 2 }
                    rest:
                      baseUrl: %s/v1
                      oauth2:
                        tokenUrl: %s/oauth/token
                        clientId: %s
                        clientSecret: ${env:API_SECRET}
                      requestsPerMinute: %d
                      rateLimitWindow: PT%dS
                      pagination: { style: %s, next: /next, cursorParameter: cursor }
                      asOf: /meta/asOf
                      accountTypes: { INDIVIDUAL: TAXABLE, IRA: IRA, ROTH: ROTH, TRUST: EXEMPT }
                      resources:
                        accounts:
                          path: /accounts
                          fields: { id: /accountNumber, household: /householdId, type: /registration }
                        securities:
                          path: /securities
                          fields: { name: /description }
                        prices:
                          path: /prices
                          fields: { price: /close/amount }
                        lots:
                          path: /lots?limit=%d
                          fields: { account: /accountNumber, id: /lotId }
                        cash:
                          path: /cash
                          fields: { account: /accountNumber, amount: /available }
                """.formatted(base, base, CustodianApiServer.CLIENT_ID, REQUESTS_PER_WINDOW, WINDOW.toSeconds(),
                pagination, "nextLink".equals(pagination) ? 4 : 5));
    }
}
