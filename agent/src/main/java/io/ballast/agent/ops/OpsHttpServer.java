package io.ballast.agent.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ballast.connectors.fix.FixSessionStatus;
import io.ballast.ledger.ReconReport;
import io.ballast.routes.Json;
import io.ballast.routes.recon.ReconReportFormat;
import java.io.IOException;
import java.io.OutputStream;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running agent's read-only HTTP endpoints (JDK HTTP server): {@code /health}, {@code /sessions},
 * {@code /orders?date=}, {@code /recon?asOf=&format=}. JSON unless a report format is asked for.
 */
public final class OpsHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);
    public static final String SOURCE = "running agent";

    private final HttpServer server;

    private OpsHttpServer(HttpServer server) {
        this.server = server;
    }

    /** Listens on the host and port (0 for a free one) and answers from the views and the live FIX sessions. */
    public static OpsHttpServer start(String host, int port, String agentName, LedgerViews views,
            Supplier<List<FixSessionStatus>> sessions) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/health", exchange -> answer(exchange, () -> {
            List<FixSessionStatus> live = sessions.get();
            return Response.json(Json.write(new Health("UP", agentName,
                    live.stream().filter(FixSessionStatus::loggedOn).count(), live.size())));
        }));
        server.createContext("/sessions", exchange -> answer(exchange,
                () -> Response.json(Json.write(views.live(SOURCE, sessions.get())))));
        server.createContext("/orders", exchange -> answer(exchange,
                () -> Response.json(Json.write(views.orders(date(exchange, "date"), SOURCE)))));
        server.createContext("/recon", exchange -> answer(exchange, () -> {
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

    private record Problem(String error) {
    }

    private record Response(int status, String contentType, String body) {
        static Response json(String body) {
            return new Response(200, "application/json", body);
        }

        static Response error(int status, String message) {
            return new Response(status, "application/json", Json.write(new Problem(message)));
        }
    }

    /** A request that is not a GET, or has a bad parameter, gets a 4xx naming the reason; the agent goes on. */
    private static void answer(HttpExchange exchange, Supplier<Response> handler) throws IOException {
        Response response;
        try {
            response = "GET".equals(exchange.getRequestMethod()) ? handler.get()
                    : Response.error(405, "only GET is supported");
        } catch (BadRequest e) {
            response = Response.error(400, e.getMessage());
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

    private static LocalDate date(HttpExchange exchange, String name) {
        String value = parameters(exchange).get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " '" + value + "' is not a date such as 2026-11-25");
        }
    }

    private static ReconReportFormat format(HttpExchange exchange) {
        String value = parameters(exchange).getOrDefault("format", "json");
        try {
            return ReconReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("format '" + value + "' is not one of json, csv, text");
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

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
