package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ballast.agent.DemoConfigs.Ledger;
import io.ballast.agent.config.ConfigLoader;
import io.ballast.agent.demo.DemoCycle;
import io.ballast.agent.demo.DemoCycle.DemoReport;
import io.ballast.agent.runtime.EmbeddedBroker;
import io.ballast.domain.BreakType;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ReconBreak;
import io.ballast.ledger.ImportBatch;
import io.ballast.ledger.OrderBook;
import io.ballast.ledger.ProposalStore;
import io.ballast.ledger.ReconBreaks;
import io.ballast.routes.RebalanceStage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The traders' and operators' view of a running agent (the demo's, on real embedded parts): timing differences of a
 * custodian that books on settlement, the recon.breaks events on its broker, its HTTP endpoints, and the CLI
 * commands, first through the agent, then from the ledger once the agent has stopped.
 */
class TradersViewIT {
    private static final Clock TRADE_DAY = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), MarketClock.NEW_YORK);
    private static final long RECEIVE_TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void eventsEndpointsAndCommandsShowTheCycle() throws Exception {
        Path cliConfig;
        List<String> events = new ArrayList<>();
        Path demoConfig = DemoConfigs.inDirectory(directory, Ledger.H2).source();
        // heartbeats every second, so the session shows one soon
        Files.writeString(demoConfig, Files.readString(demoConfig).replace("heartbeatSeconds: 30", "heartbeatSeconds: 1"));
        try (DemoCycle cycle = DemoCycle.start(ConfigLoader.load(demoConfig), TRADE_DAY,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                Connection broker = new ActiveMQConnectionFactory(EmbeddedBroker.IN_VM_URL).createConnection()) {
            Session session = broker.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer reconEvents = session.createConsumer(session.createTopic("recon.breaks"));
            broker.start();

            DemoReport report = cycle.run();
            // the custodian's file of the trade date once more, as a custodian that books on settlement sends it:
            // the day's trades settle on the 27th (the 26th is a holiday), so they are not in it
            CustodianSnapshot opening = report.openingBook();
            ImportBatch settled = cycle.deliver("reconciliation", new CustodianSnapshot(opening.custodian(),
                    report.nextDayBook().asOf(), opening.accounts(), opening.securities(), opening.lots(),
                    opening.cash(), report.nextDayBook().prices()), "positions-settled.csv");
            List<ReconBreak> timing = new ReconBreaks(cycle.dataSource()).ofBatch(settled.id());
            assertThat(timing).isNotEmpty().allSatisfy(b -> {
                assertThat(b.type()).isEqualTo(BreakType.TIMING);
                assertThat(b.detail()).contains("traded 2026-11-25, settles 2026-11-27");
            });
            assertThat(settled.breaks()).isZero();
            ProposalStore proposals = new ProposalStore(cycle.dataSource(), TRADE_DAY);
            await().atMost(Duration.ofMinutes(1)).until(() -> proposals.allProposed(settled.id()));
            assertThat(proposals.proposalsOfBatch(settled.id())).as("timing differences hold no household")
                    .allSatisfy(p -> assertThat(p.explanation().notes()).noneMatch(n -> n.startsWith(RebalanceStage.HELD)));
            OrderBook book = new OrderBook(cycle.dataSource(), TRADE_DAY);
            await().atMost(Duration.ofMinutes(2)).until(() -> book.allDone(LocalDate.of(2026, 11, 25)));
            for (int i = 0; i < 3; i++) {
                TextMessage event = (TextMessage) reconEvents.receive(RECEIVE_TIMEOUT_MILLIS);
                assertThat(event).as("recon.breaks event %d of the three files", i + 1).isNotNull();
                events.add(event.getText());
            }

            String url = cycle.httpUrl().orElseThrow();
            assertThat(url).startsWith("http://127.0.0.1:");
            cliConfig = Files.writeString(directory.resolve("cli.yaml"),
                    Files.readString(directory.resolve("ballast.yaml")).replace("port: 8466",
                            "port: " + URI.create(url).getPort()));

            JsonNode health = get(url + "/health", 200);
            assertThat(health.get("status").asText()).isEqualTo("UP");
            assertThat(health.get("fixSessionsLoggedOn").asInt()).isEqualTo(1);

            await().atMost(Duration.ofMinutes(1)).until(
                    () -> !get(url + "/sessions", 200).get("sessions").get(0).get("lastHeartbeat").isNull());
            JsonNode sessions = get(url + "/sessions", 200).get("sessions");
            assertThat(sessions).hasSize(1);
            assertThat(sessions.get(0).get("loggedOn").asBoolean()).isTrue();
            assertThat(sessions.get(0).get("nextSenderSeqNum").asInt()).isGreaterThan(1);
            assertThat(sessions.get(0).get("nextTargetSeqNum").asInt()).isGreaterThan(1);

            JsonNode orders = get(url + "/orders?date=2026-11-25", 200).get("orders");
            assertThat(orders).isNotEmpty();
            for (JsonNode order : orders) {
                assertThat(order.get("status").asText()).isEqualTo("FILLED");
                // the demo fills in 3 executions; an order of fewer than 3 shares in one
                assertThat(order.get("executions").size()).as("executions of %s", order.get("clOrdId").asText())
                        .isGreaterThanOrEqualTo(order.get("quantity").asInt() >= 3 ? 3 : 1);
            }

            String metrics = body(url + "/metrics", 200);
            assertThat(metrics).contains("ballast_fix_sessions_logged_on{agent=", "ballast_intake_rows_total{",
                    "jvm_memory_used_bytes{", "camel_exchanges_total{");

            JsonNode recon = get(url + "/recon", 200);
            assertThat(recon.get("asOf").asText()).isEqualTo("2026-11-25");
            assertThat(recon.get("breaks").asInt()).isZero();
            assertThat(recon.get("timing").asInt()).isEqualTo(timing.size());
            assertThat(body(url + "/recon?asOf=2026-11-25&format=text", 200)).startsWith(
                    "Reconciliation as of 2026-11-25: 2 file(s), 0 break(s), " + timing.size() + " timing difference(s)");
            assertThat(body(url + "/recon?format=csv", 200)).startsWith("as_of,batch,custodian,file,account");
            assertThat(get(url + "/recon?asOf=2020-01-02", 404).get("error").asText())
                    .isEqualTo("no custodian file has been loaded as of 2020-01-02");
            assertThat(get(url + "/orders?date=yesterday", 400).get("error").asText())
                    .isEqualTo("date 'yesterday' is not a date such as 2026-11-25");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(url + "/sessions")).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);

            Cli sessionsCli = Cli.run("sessions", "--config", cliConfig.toString());
            assertThat(sessionsCli.exitCode()).isZero();
            assertThat(sessionsCli.out()).contains("source: running agent at " + url, "demo-broker", "logged on");
            Cli ordersCli = Cli.run("orders", "--config", cliConfig.toString(), "--date", "2026-11-25");
            assertThat(ordersCli.out()).contains("Blotter of 2026-11-25", "FILLED", "TRADE");
            Cli reconCli = Cli.run("recon", "--config", cliConfig.toString(), "--format", "json");
            assertThat(json.readTree(reconCli.out()).get("asOf").asText()).isEqualTo("2026-11-25");
            assertThat(reconCli.err()).contains("source: running agent");
        }

        assertThat(events).allSatisfy(event -> assertThat(json.readTree(event).get("breaks").asInt()).isZero());
        assertThat(json.readTree(events.get(1)).get("asOf").asText()).isEqualTo("2026-11-25");
        assertThat(json.readTree(events.get(2)).get("timing").asInt()).isPositive();
        Path report = Path.of(json.readTree(events.get(1)).get("report").asText());
        assertThat(report).isEqualTo(directory.resolve("data").resolve("recon").resolve("2026-11-25").toAbsolutePath());
        assertThat(report.resolve("breaks.txt")).content().startsWith("Reconciliation as of 2026-11-25");
        assertThat(report.resolve("breaks.json")).exists();
        assertThat(report.resolve("breaks.csv")).exists();

        // the agent has stopped: the commands read the ledger it left
        Cli stored = Cli.run("sessions", "--config", cliConfig.toString(), "--json");
        assertThat(stored.exitCode()).isZero();
        JsonNode storedSession = json.readTree(stored.out()).get("sessions").get(0);
        assertThat(json.readTree(stored.out()).get("source").asText()).startsWith("ledger (no agent answers at");
        assertThat(storedSession.get("loggedOn").isNull()).isTrue();
        assertThat(storedSession.get("nextSenderSeqNum").asInt()).isGreaterThan(1);
        Cli orders = Cli.run("orders", "--config", cliConfig.toString(), "--date", "2026-11-25", "--json");
        assertThat(json.readTree(orders.out()).get("orders")).isNotEmpty();
        Cli recon = Cli.run("recon", "--config", cliConfig.toString(), "--as-of", "2026-11-25", "--format", "csv");
        assertThat(recon.exitCode()).isZero();
        assertThat(recon.out()).startsWith("as_of,batch,custodian,file,account");
        assertThat(recon.err()).contains("source: ledger");
        assertThat(Cli.run("recon", "--config", cliConfig.toString(), "--format", "xml").err())
                .contains("--format 'xml' is not one of text, json, csv");
    }

    private JsonNode get(String url, int status) throws Exception {
        return json.readTree(body(url, status));
    }

    private String body(String url, int status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s answers %s", url, response.body()).isEqualTo(status);
        return response.body();
    }
}
