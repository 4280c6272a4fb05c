package io.ballast.routes;

import io.ballast.connectors.custodian.rest.JsonBookReader;
import io.ballast.connectors.custodian.rest.JsonPage;
import io.ballast.connectors.custodian.rest.OAuth2TokenSource;
import io.ballast.connectors.custodian.rest.RestApi;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseResult;
import io.ballast.ledger.BookLoader;
import io.ballast.ledger.LoadRefusedException;
import io.ballast.ledger.LoadResult;
import io.ballast.routes.recon.ReconPublisher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one custodian's book from its JSON API on a schedule: every page of accounts, securities, prices, lots
 * and cash, through Camel's throttle (at most the API's allowance of requests per window) and with an OAuth2
 * bearer token; then reads it through the mapping and loads it in one transaction, like a file. A call that fails
 * (network, HTTP error) is retried with exponential back-off, with a fresh token after a 401; a fetch that still
 * fails, or whose JSON does not map, loads nothing and is logged with the reason.
 */
public class RestCustodianRoute extends RouteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(RestCustodianRoute.class);
    private static final String FETCH = "BallastRestFetch";
    private static final int UNAUTHORIZED = 401;

    private final String custodian;
    private final RestApi api;
    private final OAuth2TokenSource tokens;
    private final String scheduleUri;
    private final RetryPolicy retry;
    private final BookLoader loader;
    private final Clock clock;
    private final ReconPublisher recon;
    private ProducerTemplate events;

    /** @param scheduleUri the consumer that starts a fetch, e.g. {@code scheduler:name?delay=60000} */
    public RestCustodianRoute(String custodian, RestApi api, OAuth2TokenSource tokens, String scheduleUri,
            RetryPolicy retry, BookLoader loader, Clock clock, ReconPublisher recon) {
        this.custodian = custodian;
        this.api = api;
        this.tokens = tokens;
        this.scheduleUri = scheduleUri;
        this.retry = retry;
        this.loader = loader;
        this.clock = clock;
        this.recon = recon;
    }

    @Override
    public void configure() {
        events = getContext().createProducerTemplate();
        // retries are this route's, with back-off and a fresh token, not the HTTP client's own
        getContext().getComponent("http", HttpComponent.class).setAutomaticRetriesDisabled(true);
        String page = "direct:custodian-" + custodian + "-page";

        from(scheduleUri).routeId("custodian-" + custodian)
                .onException(CustodianResponseRejectedException.class, LoadRefusedException.class)
                    .handled(true).logStackTrace(false).logExhaustedMessageHistory(false)
                    .process(e -> LOG.error("{}: nothing loaded: {}", custodian,
                            e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage()))
                .end()
                // a retry goes through the page route again, so it counts against the rate limit too
                .onException(IOException.class, HttpOperationFailedException.class)
                    .maximumRedeliveries(retry.attempts()).redeliveryDelay(retry.delay().toMillis())
                    .useExponentialBackOff().backOffMultiplier(retry.backoffMultiplier())
                    .retryAttemptedLogLevel(LoggingLevel.WARN).onRedelivery(this::renewAndAuthorize)
                    .handled(true).logStackTrace(false).logExhaustedMessageHistory(false)
                    .process(e -> LOG.error("{}: fetch from {} failed after {} retries, nothing loaded; next try "
                            + "at the next scheduled time: {}", custodian, fetch(e).nextPage(), retry.attempts(),
                            e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage()))
                .end()
                .process(e -> e.setProperty(FETCH, new RestFetch(api)))
                .loopDoWhile(e -> fetch(e).hasNextPage())
                    .process(this::authorize)
                    .to(page)
                    .process(e -> fetch(e).accept(e.getIn().getBody(byte[].class)))
                .end()
                .process(this::load)
                .filter(body().isNotNull())
                .to(Queues.jms(Queues.POSITIONS_LOADED));

        from(page).routeId("custodian-" + custodian + "-page")
                .errorHandler(noErrorHandler()) // failures go back to the fetch, which retries them
                .throttle(api.requestsPerWindow()).timePeriodMillis(api.window().toMillis())
                .to("http:custodian-api?throwExceptionOnFailure=true");
    }

    // Before a retry: the API refused the token (401), so the retry asks for a new one.
    private void renewAndAuthorize(Exchange exchange) throws IOException {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure instanceof HttpOperationFailedException refused && refused.getStatusCode() == UNAUTHORIZED) {
            tokens.invalidate();
        }
        authorize(exchange);
    }

    // Sets up the next page's request.
    private void authorize(Exchange exchange) throws IOException {
        exchange.getIn().removeHeaders("*");
        exchange.getIn().setBody(null);
        exchange.getIn().setHeader(Exchange.HTTP_METHOD, "GET");
        exchange.getIn().setHeader(Exchange.HTTP_URI, fetch(exchange).nextPage().toString());
        exchange.getIn().setHeader("Accept", "application/json");
        exchange.getIn().setHeader("Authorization", "Bearer " + tokens.token());
    }

    private void load(Exchange exchange) {
        RestFetch fetch = fetch(exchange);
        ParseResult<CustodianSnapshot> read = new JsonBookReader(api.mapping()).read(custodian,
                LocalDate.now(clock), fetch.pages());
        if (!read.isClean()) {
            throw new CustodianResponseRejectedException(custodian, read.failures());
        }
        CustodianSnapshot book = read.value();
        String source = custodian + " API as of " + book.asOf();
        LoadResult result = loader.load(book, source, CustodianRoute.sha256(allBodies(fetch)));
        if (result.duplicate()) {
            LOG.info("{}: the API served the same book as before; nothing new loaded", custodian);
            exchange.getIn().setBody(null);
            return;
        }
        exchange.getIn().setBody(CustodianRoute.announce(result, custodian, source,
                fetch.pages().size() + " pages from the API", recon, events, clock));
    }

    private static byte[] allBodies(RestFetch fetch) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (JsonPage page : fetch.pages()) {
            all.writeBytes(page.body());
        }
        return all.toByteArray();
    }

    private static RestFetch fetch(Exchange exchange) {
        return exchange.getProperty(FETCH, RestFetch.class);
    }
}
