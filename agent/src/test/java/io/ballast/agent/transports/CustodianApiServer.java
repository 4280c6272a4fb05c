package io.ballast.agent.transports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.Price;
import io.ballast.domain.Security;
import io.ballast.domain.TaxLot;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A custodian's JSON API on a free loopback port: an OAuth2 token endpoint (client credentials, Basic
 * authentication) and five paged resources in the custodian's own field names, served from a book. It records
 * when each API request arrived, and can fail the first requests, revoke its tokens or spoil a record.
 */
final class CustodianApiServer implements AutoCloseable {
    static final String CLIENT_ID = "ballast";
    static final String CLIENT_SECRET = "api-test-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> REGISTRATIONS = Map.of("TAXABLE", "INDIVIDUAL", "TRADITIONAL_IRA",
            "IRA", "ROTH_IRA", "ROTH", "TAX_EXEMPT", "TRUST");

    private final HttpServer server;
    private final Map<String, List<ObjectNode>> resources = new HashMap<>();
    private final String asOf;
    private final int pageSize;
    private final boolean nextLinks;
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger failuresToServe = new AtomicInteger();
    private final AtomicInteger unauthorized = new AtomicInteger();
    private final List<Long> apiRequestNanos = new CopyOnWriteArrayList<>();

    /** @param nextLinks pages link to the next one ({@code next} holds a url); otherwise they carry a cursor */
    CustodianApiServer(CustodianSnapshot book, int pageSize, boolean nextLinks) throws IOException {
        this.asOf = book.asOf().toString();
        this.pageSize = pageSize;
        this.nextLinks = nextLinks;
        resources.put("accounts", records(book.accounts(), (a, r) -> r.put("accountNumber", a.id().toString())
                .put("householdId", a.household().toString()).put("registration", REGISTRATIONS.get(a.type().name()))));
        resources.put("securities", records(book.securities(), (Security s, ObjectNode r) -> r
                .put("symbol", s.id().toString()).put("cusip", s.cusip()).put("description", s.name())
                .put("assetClass", s.assetClass())));
        resources.put("prices", records(book.prices(), (Price p, ObjectNode r) -> {
            r.put("symbol", p.security().toString()).putObject("close").put("amount", p.price());
            return r;
        }));
        resources.put("lots", records(book.lots(), (TaxLot l, ObjectNode r) -> r.put("accountNumber",
                l.account().toString()).put("lotId", l.id().toString()).put("symbol", l.security().toString())
                .put("quantity", l.quantity()).put("costBasis", l.costBasis()).put("acquired", l.acquired().toString())));
        resources.put("cash", records(book.cash(), (c, r) -> r.put("accountNumber", c.account().toString())
                .put("available", c.amount())));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth/token", this::token);
        server.createContext("/v1/", this::page);
        server.start();
    }

    private interface RecordWriter<T> {
        ObjectNode write(T value, ObjectNode record);
    }

    private static <T> List<ObjectNode> records(List<T> values, RecordWriter<T> writer) {
        List<ObjectNode> records = new ArrayList<>();
        values.forEach(v -> records.add(writer.write(v, JSON.createObjectNode())));
        return records;
    }

    int port() {
        return server.getAddress().getPort();
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    int unauthorizedAnswers() {
        return unauthorized.get();
    }

    List<Long> apiRequestNanos() {
        return List.copyOf(apiRequestNanos);
    }

    /** The next {@code count} API requests are answered 503. */
    void failNext(int count) {
        failuresToServe.set(count);
    }

    /** Every token issued so far is refused from now on. */
    void revokeTokens() {
        validTokens.clear();
    }

    /** Changes the {@code index}th record of a resource. */
    void spoil(String resource, int index, UnaryOperator<ObjectNode> change) {
        resources.get(resource).set(index, change.apply(resources.get(resource).get(index)));
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"POST".equals(exchange.getRequestMethod()) || !expected.equals(auth(exchange))
                || !form.contains("grant_type=client_credentials")) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = "token-" + tokensIssued.incrementAndGet();
        validTokens.add(token);
        answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void page(HttpExchange exchange) throws IOException {
        apiRequestNanos.add(System.nanoTime());
        if (failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer(exchange, 503, "{\"error\":\"try later\"}");
            return;
        }
        String auth = auth(exchange);
        if (auth == null || !validTokens.contains(auth.replaceFirst("^Bearer ", ""))) {
            unauthorized.incrementAndGet();
            answer(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        String resource = exchange.getRequestURI().getPath().substring("/v1/".length());
        List<ObjectNode> records = resources.get(resource);
        if (records == null) {
            answer(exchange, 404, "{}");
            return;
        }
        int offset = offset(exchange.getRequestURI().getRawQuery());
        int end = Math.min(records.size(), offset + pageSize);
        ObjectNode page = JSON.createObjectNode();
        page.putObject("meta").put("asOf", asOf);
        ArrayNode data = page.putArray("data");
        records.subList(offset, end).forEach(data::add);
        if (end < records.size()) {
            page.put("next", nextLinks ? "/v1/" + resource + "?limit=" + pageSize + "&offset=" + end : "c" + end);
        }
        answer(exchange, 200, JSON.writeValueAsString(page));
    }

    private static int offset(String query) {
        if (query == null) {
            return 0;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("cursor=c")) {
                return Integer.parseInt(parameter.substring("cursor=c".length()));
            }
            if (parameter.startsWith("offset=")) {
                return Integer.parseInt(parameter.substring("offset=".length()));
            }
        }
        return 0;
    }

    private static String auth(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("Authorization");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
