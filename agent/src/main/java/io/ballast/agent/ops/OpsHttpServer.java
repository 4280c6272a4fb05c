package io.ballast.agent.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ballast.connectors.fix.FixSendException;
import io.ballast.connectors.fix.FixSessionStatus;
import io.ballast.domain.ClOrdId;
import io.ballast.ledger.ReconReport;
import io.ballast.routes.Json;
import io.ballast.routes.OrderDispatcher;
import io.ballast.routes.recon.ReconReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running agent's HTTP endpoints (JDK HTTP server). To read: {@code GET /health}, {@code /sessions},
 * {@code /orders?date=}, {@code /recon?asOf=&format=}; JSON unless a report format is asked for; {@code /metrics} in
 * the Prometheus text format. To act on a working
 * order: {@code POST /orders/{ClOrdID}/cancel} and {@code POST /orders/{ClOrdID}/replace?quantity=&limit=}, served
 * only when the server listens on a loopback address, as they carry no authentication of their own.
 */
public final class OpsHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);
    public static final String SOURCE = "running agent";
    private static final Pattern ORDER_ACTION = Pattern.compile("/orders/([^/]+)/(cancel|replace)");

    private final HttpServer server;

    private OpsHttpServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Listens on the host and port (0 for a free one) and answers from the views, the live FIX sessions and the
     * meters (Prometheus text); order actions go to the desk.
     */
    public static OpsHttpServer start(String host, int port, String agentName, LedgerViews views,
            Supplier<List<FixSessionStatus>> sessions, OrderDispatcher desk, Supplier<String> metrics)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        boolean loopback = server.getAddress().getAddress().isLoopbackAddress();
        server.createContext("/health", exchange -> answer(exchange, () -> {
            requireGet(exchange);
            List<FixSessionStatus> live = sessions.get();
            return Response.json(Json.write(new Health("UP", agentName,
                    live.stream().filter(FixSessionStatus::loggedOn).count(), live.size())));
        }));
        server.createContext("/metrics", exchange -> answer(exchange, () -> {
            requireGet(exchange);
            return new Response(200, "text/plain; version=0.0.4", metrics.get());
        }));
        server.createContext("/sessions", exchange -> answer(exchange, () -> {
            requireGet(exchange);
            return Response.json(Json.write(views.live(SOURCE, sessions.get())));
        }));
        server.createContext("/orders", exchange -> answer(exchange, () -> {
            String path = exchange.getRequestURI().getPath();
            if ("/orders".equals(path)) {
                requireGet(exchange);
                return Response.json(Json.write(views.orders(date(exchange, "date"), SOURCE)));
            }
            Matcher action = ORDER_ACTION.matcher(path);
            if (!action.matches()) {
                throw new Refusal(404, "no resource " + path + "; orders are at /orders, /orders/{ClOrdID}/cancel"
                        + " and /orders/{ClOrdID}/replace");
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                throw new Refusal(405, "an order is canceled or replaced with a POST");
            }
            if (!loopback) {
                throw new Refusal(403, "orders are canceled and replaced only through an agent listening on a"
                        + " loopback address (http.host), as these requests carry no authentication");
            }
            return act(desk, action.group(1), action.group(2), exchange);
        }));
        server.createContext("/recon", exchange -> answer(exchange, () -> {
            requireGet(exchange);
            ReconReportFormat format = format(exchange);
            Optional<ReconReport> report = views.recon(date(exchange, "asOf"));
            return report.map(r -> new Response(200, contentType(format), format.render(r)))
                    .orElseGet(() -> Response.error(404, "no custodian file has been loaded"
                            + (parameters(exchange).containsKey("asOf") ? " as of " + date(exchange, "asOf") : "")));
        }));
        server.start();
        OpsHttpServer started = new OpsHttpServer(server);
        LOG.info("HTTP endpoints on {}", started.url());
        return started;
    }

    /** The address it answers on, such as {@code http://127.0.0.1:8466}. */
    public String url() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Health(String status, String agent, long fixSessionsLoggedOn, int fixSessions) {
    }

    /** The body of every 4xx and 5xx answer. */
    public record Problem(String error) {
    }

    /** The answer to a cancel or replace: the request's own ClOrdID, under which the counterparty answers. */
    public record OrderAction(String order, String action, String request, String note) {
    }

    private static Response act(OrderDispatcher desk, String clOrdId, String action, HttpExchange exchange) {
        try {
            ClOrdId order = ClOrdId.of(clOrdId);
            ClOrdId request;
            if ("cancel".equals(action)) {
                request = desk.cancel(order);
            } else {
                BigDecimal quantity = decimal(exchange, "quantity");
                BigDecimal limit = decimal(exchange, "limit");
                if (quantity == null && limit == null) {
                    throw new Refusal(400, "a replace needs a new quantity and/or limit");
                }
                request = desk.replace(order, quantity, limit);
            }
            return new Response(202, "application/json", Json.write(new OrderAction(clOrdId, action,
                    request.value(), "sent; the counterparty's answer shows in the blotter")));
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, e.getMessage());
        } catch (IllegalStateException e) {
            throw new Refusal(409, e.getMessage());
        } catch (FixSendException e) {
            throw new Refusal(503, e.getMessage());
        }
    }

    private record Response(int status, String contentType, String body) {
        static Response json(String body) {
            return new Response(200, "application/json", body);
        }

        static Response error(int status, String message) {
            return new Response(status, "application/json", Json.write(new Problem(message)));
        }
    }

    /** A request with a wrong method or a bad parameter gets a 4xx naming the reason; the agent goes on. */
    private static void answer(HttpExchange exchange, Supplier<Response> handler) throws IOException {
        Response response;
        try {
            response = handler.get();
        } catch (Refusal e) {
            response = Response.error(e.status, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("HTTP {} failed", exchange.getRequestURI(), e);
            response = Response.error(500, e.getMessage());
        }
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType() + "; charset=utf-8");
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void requireGet(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            throw new Refusal(405, "only GET is supported on " + exchange.getRequestURI().getPath());
        }
    }

    private static BigDecimal decimal(HttpExchange exchange, String name) {
        String value = parameters(exchange).get(name);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new Refusal(400, name + " '" + value + "' is not a number");
        }
    }

    private static LocalDate date(HttpExchange exchange, String name) {
        String value = parameters(exchange).get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Refusal(400, name + " '" + value + "' is not a date such as 2026-11-25");
        }
    }

    private static ReconReportFormat format(HttpExchange exchange) {
        String value = parameters(exchange).getOrDefault("format", "json");
        try {
            return ReconReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "format '" + value + "' is not one of json, csv, text");
        }
    }

    private static String contentType(ReconReportFormat format) {
        return switch (format) {
            case JSON -> "application/json";
            case CSV -> "text/csv";
            case TEXT -> "text/plain";
        };
    }

    private static Map<String, String> parameters(HttpExchange exchange) {
        Map<String, String> parameters = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    /** A request refused with an HTTP status and the reason. */
    private static final class Refusal extends RuntimeException {
        private final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
