package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.connectors.fix.FixEventListener;
import io.ballast.connectors.fix.FixGateway;
import io.ballast.connectors.fix.FixMessageStore;
import io.ballast.connectors.fix.FixReject;
import io.ballast.connectors.fix.FixSessionConfig;
import io.ballast.connectors.fix.simulator.FixSimulator;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.OrderType;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TimeInForce;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FixSimulatorCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    @Test
    void startsWithThePricesFileAndBustsEveryFillWhenAskedTo() throws IOException {
        Path prices = Files.writeString(directory.resolve("prices.csv"), "SYMBOL,PRICE\nVTI,262.10\nBANNED,10\n");
        StringWriter banner = new StringWriter();
        FixSimulatorCommand command = parse("--port", "0", "--sessions", "FIX.4.2:SIM42:C42,FIX.4.4:SIM44:C44",
                "--prices", prices.toString(), "--bust-rate", "1", "--reject-symbols", "BANNED", "--seed", "3");

        try (FixSimulator simulator = command.start(new PrintWriter(banner));
                Client client = new Client(simulator.port(), "FIX.4.2", "C42", "SIM42")) {
            assertThat(banner.toString()).contains("FIX simulator accepting on port " + simulator.port(),
                    "FIX.4.2 as SIM42, client C42", "FIX.4.4 as SIM44, client C44", "prices from " + prices);

            List<ExecutionReport> busted = client.awaitReports(client.send("B-1", "VTI"), 10);
            assertThat(busted).extracting(ExecutionReport::type).contains(ExecutionType.TRADE_CANCEL);
            assertThat(busted.get(9).status()).isEqualTo(OrderStatus.FILLED);
            assertThat(busted.get(9).cumulativeQuantity()).isEqualByComparingTo("30");
            assertThat(client.awaitReports(client.send("B-2", "BANNED"), 1).get(0).text())
                    .isEqualTo("symbol BANNED is not accepted");
            assertThat(client.awaitReports(client.send("B-3", "NOTLISTED"), 1).get(0).text())
                    .isEqualTo("unknown symbol NOTLISTED");
        }
    }

    @Test
    void withoutAPricesFileAnySymbolTradesAroundTheDefaultPriceAndChargesTheCommissionAsked() {
        StringWriter banner = new StringWriter();
        FixSimulatorCommand command = parse("--port", "0", "--fills", "1", "--commission-per-share", "0.01");

        try (FixSimulator simulator = command.start(new PrintWriter(banner));
                Client client = new Client(simulator.port(), "FIX.4.4", "BALLAST", "DEMO-BROKER")) {
            assertThat(banner.toString()).contains("FIX.4.4 as DEMO-BROKER, client BALLAST", "any symbol at 100.00");

            ExecutionReport fill = client.awaitReports(client.send("D-1", "ANYTHING"), 2).get(1);
            assertThat(fill.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(fill.lastPrice().subtract(new BigDecimal("100.00")).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
            assertThat(fill.commission()).isEqualTo("0.30"); // 30 shares at 0.01
        }
    }

    @Test
    void aBadSessionSpecIsRefusedClearly() {
        assertRefused("ballast fix-simulator: session 'FIX.4.4:BROKER' must be BEGINSTRING:SIMULATOR-COMPID:"
                + "CLIENT-COMPID", "--port", "0", "--sessions", "FIX.4.4:BROKER");
        assertRefused("ballast fix-simulator: session 'FIX.5.0:BROKER:BALLAST': simulator BeginString must be "
                + "FIX.4.2 or FIX.4.4", "--port", "0", "--sessions", "FIX.5.0:BROKER:BALLAST");
    }

    @Test
    void anUnreadableOrMalformedPricesFileIsRefusedClearly() throws IOException {
        Path missing = directory.resolve("missing.csv");
        Path malformed = Files.writeString(directory.resolve("bad.csv"), "VTI,262.10\nAAPL\n");

        assertRefused("ballast fix-simulator: cannot read prices file " + missing + " (NoSuchFileException)",
                "--port", "0", "--prices", missing.toString());
        assertRefused("ballast fix-simulator: " + malformed + " line 2: expected SYMBOL,PRICE, got 'AAPL'",
                "--port", "0", "--prices", malformed.toString());
    }

    @Test
    void ratesOutsideZeroToOneAreRefusedClearly() {
        assertRefused("ballast fix-simulator: --bust-rate must be between 0 and 1, was 1.5", "--port", "0",
                "--bust-rate", "1.5");
        assertRefused("ballast fix-simulator: --reject-rate must be between 0 and 1, was -0.1", "--port", "0",
                "--reject-rate", "-0.1");
        assertRefused("ballast fix-simulator: --commission-per-share must not be negative, was -0.01", "--port",
                "0", "--commission-per-share", "-0.01");
    }

    @Test
    void unparsableOptionsAndAMissingPortExitWithOneToo() {
        assertRefused("Invalid value for option '--delay'", "--port", "0", "--delay", "soon");
        assertRefused("Missing required option: '--port=N'");
    }

    private static FixSimulatorCommand parse(String... options) {
        CommandLine.ParseResult result = new CommandLine(new Main()).parseArgs(concat(options));
        return (FixSimulatorCommand) result.subcommand().commandSpec().userObject();
    }

    private static void assertRefused(String message, String... options) {
        StringWriter errors = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setErr(new PrintWriter(errors, true));

        int exitCode = commandLine.execute(concat(options));

        assertThat(exitCode).isEqualTo(1);
        assertThat(errors.toString()).contains(message).doesNotContain("Exception\n", "\tat ");
    }

    private static String[] concat(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "fix-simulator";
        System.arraycopy(options, 0, args, 1, options.length);
        return args;
    }

    /** A gateway on one session to the simulator, recording what arrives. */
    private final class Client implements FixEventListener, AutoCloseable {
        private final List<ExecutionReport> reports = new CopyOnWriteArrayList<>();
        private final FixGateway gateway;

        Client(int port, String beginString, String compId, String simulatorCompId) {
            gateway = new FixGateway(List.of(new FixSessionConfig("broker", beginString, compId, simulatorCompId,
                    "localhost", port, 30, true, FixMessageStore.files(directory.resolve("fix-store")), 1)), this, Clock.systemUTC());
            gateway.start();
            assertThat(gateway.awaitLogon("broker", WAIT)).isTrue();
        }

        ClOrdId send(String clOrdId, String symbol) {
            ClOrdId id = ClOrdId.of(clOrdId);
            gateway.send("broker", new BlockOrder(id, SecurityId.of(symbol), Side.BUY, new BigDecimal("30"),
                    OrderType.MARKET, null, TimeInForce.DAY));
            return id;
        }

        List<ExecutionReport> awaitReports(ClOrdId clOrdId, int count) {
            await().atMost(WAIT).until(() -> of(clOrdId).size() >= count);
            return of(clOrdId);
        }

        private List<ExecutionReport> of(ClOrdId clOrdId) {
            return reports.stream().filter(report -> report.clOrdId().equals(clOrdId)).toList();
        }

        @Override
        public void onExecution(String session, ExecutionReport report) {
            reports.add(report);
        }

        @Override
        public void onReject(String session, FixReject reject) {
            // Nothing here sends a message the simulator could reject.
        }

        @Override
        public void onAllocationAck(String session, String allocId, boolean accepted, String text) {
            // no allocation instructions in this test
        }

        @Override
        public void onSessionEvent(String session, String event) {
            // Logon is awaited through the gateway.
        }

        @Override
        public void close() {
            gateway.close();
        }
    }
}
