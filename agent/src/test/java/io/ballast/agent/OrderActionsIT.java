package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.agent.config.ConfigLoader;
import io.ballast.agent.demo.DemoBook;
import io.ballast.agent.runtime.AgentRuntime;
import io.ballast.connectors.custodian.BallastCsvFormat;
import io.ballast.connectors.fix.simulator.FixSimulator;
import io.ballast.connectors.fix.simulator.SimulatorConfig;
import io.ballast.connectors.fix.simulator.SimulatorSession;
import io.ballast.connectors.sftp.EmbeddedSftpServer;
import io.ballast.connectors.sftp.SftpServerConfig;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.OrderStatus;
import io.ballast.ledger.BlockOrderView;
import io.ballast.ledger.OrderBook;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trader cancels and replaces working orders with {@code ballast orders cancel|replace}, through the running
 * agent (in this JVM, on real embedded parts) and a counterparty that acknowledges orders but is slow to fill them;
 * what cannot be done is refused with the reason, and nothing is done when no agent answers.
 */
class OrderActionsIT {
    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    Path directory;

    @Test
    void workingOrdersAreCanceledAndReplacedThroughTheAgent() throws Exception {
        Path outbox = Files.createDirectories(directory.resolve("custodian").resolve("outbox"));
        Clock clock = MarketClock.system();
        LocalDate tradeDate = LocalDate.now(clock);
        CustodianSnapshot book = DemoBook.generate(3, 7, tradeDate.minusDays(1));
        Map<String, BigDecimal> prices = DemoBook.closingPrices(book);
        Path cliConfig;
        try (EmbeddedSftpServer sftp = new EmbeddedSftpServer(new SftpServerConfig(0, outbox.getParent(), "ballast",
                "demo-only-password", null, directory.resolve("host-key")));
                FixSimulator broker = new FixSimulator(new SimulatorConfig(0,
                        List.of(new SimulatorSession("FIX.4.4", "DEMO-BROKER", "BALLAST")), prices::get, 1, 1,
                        Set.of(), null, Clock.systemUTC(), Duration.ofHours(1), 0, 0, 0, BigDecimal.ZERO))) {
            sftp.start();
            broker.start();
            Path knownHosts = directory.resolve("known_hosts");
            sftp.writeKnownHosts(knownHosts);
            String yaml = Files.readString(DemoConfigs.DEMO_CONFIG, StandardCharsets.UTF_8)
                    .replace("port: 2222", "port: " + sftp.port())
                    .replace("port: 9880", "port: " + broker.port())
                    .replace("data/demo/known_hosts", knownHosts.toString())
                    .replace("data/demo", directory.resolve("data").toString());
            Path agentConfig = Files.writeString(directory.resolve("ballast.yaml"),
                    yaml.replace("port: 8466", "port: 0"), StandardCharsets.UTF_8);
            try (AgentRuntime agent = AgentRuntime.start(ConfigLoader.load(agentConfig), clock)) {
                // the commands find the agent at the port it took
                cliConfig = Files.writeString(directory.resolve("cli.yaml"), yaml.replace("port: 8466", "port: "
                        + URI.create(agent.httpUrl().orElseThrow()).getPort()), StandardCharsets.UTF_8);
                drop(book, outbox);
                OrderBook orders = new OrderBook(agent.dataSource(), clock);
                await().atMost(WAIT).until(() -> !orders.blotter(tradeDate).isEmpty() && orders.blotter(tradeDate)
                        .stream().allMatch(o -> o.status() == OrderStatus.NEW));
                List<BlockOrderView> working = orders.blotter(tradeDate).stream()
                        .filter(o -> o.quantity().compareTo(BigDecimal.ONE) > 0).toList();
                assertThat(working).as("orders of two shares or more").hasSizeGreaterThanOrEqualTo(2);
                String canceled = working.get(0).clOrdId().value();
                BlockOrderView resized = working.get(1);
                String smaller = resized.quantity().subtract(BigDecimal.ONE).toPlainString();

                Cli cancel = Cli.run("orders", "cancel", canceled, "--config", cliConfig.toString());
                assertThat(cancel.exitCode()).as(cancel.err()).isZero();
                assertThat(cancel.out()).startsWith("cancel of " + canceled + " sent as ");
                Cli replace = Cli.run("orders", "replace", resized.clOrdId().value(), "--quantity", smaller, "--config",
                        cliConfig.toString());
                assertThat(replace.exitCode()).as(replace.err()).isZero();
                assertThat(replace.out()).startsWith("replace of " + resized.clOrdId() + " sent as ");
                await().atMost(WAIT).until(() -> status(orders, tradeDate, canceled) == OrderStatus.CANCELED
                        && quantity(orders, tradeDate, resized.clOrdId().value()).toPlainString().equals(smaller));

                Cli again = Cli.run("orders", "cancel", canceled, "--config", cliConfig.toString());
                assertThat(again.exitCode()).isEqualTo(Main.STAGE_FAILED);
                assertThat(again.err()).isEqualToIgnoringNewLines("order " + canceled + " not changed: order "
                        + canceled + " is CANCELED; only an acknowledged working order can be canceled or replaced");
                Cli tooBig = Cli.run("orders", "replace", resized.clOrdId().value(), "--quantity", "1000000",
                        "--config", cliConfig.toString());
                assertThat(tooBig.exitCode()).isEqualTo(Main.STAGE_FAILED);
                assertThat(tooBig.err()).contains("can be replaced with more than its 0 filled and at most the");
                assertThat(Cli.run("orders", "cancel", "NO-SUCH-ORDER", "--config", cliConfig.toString()).err())
                        .contains("not changed: no block order NO-SUCH-ORDER");
                assertThat(Cli.run("orders", "replace", canceled, "--config", cliConfig.toString()).err())
                        .as("a replace names what changes").contains("--quantity", "--limit");
                HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        agent.httpUrl().orElseThrow() + "/orders/" + canceled + "/cancel")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(get.statusCode()).as(get.body()).isEqualTo(405);
            }
        }
        Cli stopped = Cli.run("orders", "cancel", "ANY", "--config", cliConfig.toString());
        assertThat(stopped.exitCode()).isEqualTo(Main.STAGE_FAILED);
        assertThat(stopped.err()).contains("no agent answers at http://127.0.0.1:",
                "orders are canceled and replaced through the running agent");
    }

    private static OrderStatus status(OrderBook orders, LocalDate date, String clOrdId) {
        return view(orders, date, clOrdId).status();
    }

    private static BigDecimal quantity(OrderBook orders, LocalDate date, String clOrdId) {
        return view(orders, date, clOrdId).quantity();
    }

    private static BlockOrderView view(OrderBook orders, LocalDate date, String clOrdId) {
        return orders.blotter(date).stream().filter(o -> o.clOrdId().value().equals(clOrdId)).findFirst()
                .orElseThrow();
    }

    private static void drop(CustodianSnapshot book, Path outbox) throws Exception {
        Path part = outbox.resolve("positions.csv.part");
        try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            new BallastCsvFormat().write(book, writer);
        }
        Files.move(part, outbox.resolve("positions.csv"), StandardCopyOption.ATOMIC_MOVE);
    }
}
