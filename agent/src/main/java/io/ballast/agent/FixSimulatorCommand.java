package io.ballast.agent;

import io.ballast.connectors.fix.simulator.FixSimulator;
import io.ballast.connectors.fix.simulator.PriceList;
import io.ballast.connectors.fix.simulator.SimulatorConfig;
import io.ballast.connectors.fix.simulator.SimulatorSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fix-simulator", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = Main.INVALID_CONFIG,
        description = "Plays a FIX 4.2/4.4 broker on its own, for an agent to connect to: acknowledges each order, "
                + "fills it in a few executions a few cents around its reference price, and on request spaces "
                + "executions out, busts, corrects or rejects a seeded share of them. Runs until stopped "
                + "(SIGTERM or Ctrl-C).")
final class FixSimulatorCommand implements Callable<Integer> {
    /** The price of every symbol when no price file is given. */
    static final BigDecimal DEFAULT_PRICE = new BigDecimal("100.00");

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "N", description = "port to accept on (0 picks a free one)")
    private int port;

    @Option(names = "--sessions", split = ",", paramLabel = "VERSION:BROKER:CLIENT",
            defaultValue = "FIX.4.4:DEMO-BROKER:BALLAST",
            description = "sessions to accept, all on the one port: FIX.4.2 or FIX.4.4, the simulator's CompID, the "
                    + "client's CompID (default ${DEFAULT-VALUE})")
    private List<String> sessions;

    @Option(names = "--prices", paramLabel = "FILE",
            description = "CSV of SYMBOL,PRICE lines (optional SYMBOL,PRICE header, # comments); orders in symbols "
                    + "not in it are rejected. Without it every symbol trades around 100.00")
    private Path prices;

    @Option(names = "--fills", defaultValue = "3", paramLabel = "N",
            description = "executions an order fills in (default ${DEFAULT-VALUE})")
    private int fills;

    @Option(names = "--delay", defaultValue = "PT0S", paramLabel = "DURATION",
            description = "pause before each execution after the acknowledgement, ISO-8601 (PT0.2S is 200 ms; "
                    + "default ${DEFAULT-VALUE})")
    private Duration delay;

    @Option(names = "--bust-rate", defaultValue = "0", paramLabel = "RATE",
            description = "share of fills busted and filled again, 0..1 (default ${DEFAULT-VALUE})")
    private double bustRate;

    @Option(names = "--correct-rate", defaultValue = "0", paramLabel = "RATE",
            description = "share of fills corrected to another price, 0..1 (default ${DEFAULT-VALUE})")
    private double correctRate;

    @Option(names = "--reject-rate", defaultValue = "0", paramLabel = "RATE",
            description = "share of new orders rejected, 0..1 (default ${DEFAULT-VALUE})")
    private double rejectRate;

    @Option(names = "--commission-per-share", defaultValue = "0", paramLabel = "DOLLARS",
            description = "commission charged per share on every fill, sent as Commission (12) with CommType (13) 1;"
                    + " 0 sends none (default ${DEFAULT-VALUE})")
    private BigDecimal commissionPerShare;

    @Option(names = "--reject-symbols", split = ",", paramLabel = "SYMBOL",
            description = "symbols whose orders are always rejected")
    private Set<String> rejectSymbols = Set.of();

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "seed of prices, busts, corrections and rejects (default ${DEFAULT-VALUE})")
    private long seed;

    @Override
    public Integer call() throws InterruptedException {
        FixSimulator simulator;
        try {
            simulator = start(spec.commandLine().getOut());
        } catch (IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("ballast fix-simulator: " + e.getMessage());
            return Main.INVALID_CONFIG;
        }
        UntilStopped.await(simulator::close, "ballast-fix-simulator-shutdown");
        return 0;
    }

    /** Starts the simulator the options describe and says on {@code out} where it listens and whom it accepts. */
    FixSimulator start(PrintWriter out) {
        SimulatorConfig config = config();
        FixSimulator simulator = new FixSimulator(config);
        simulator.start();
        out.println("FIX simulator accepting on port " + simulator.port());
        for (SimulatorSession session : config.sessions()) {
            out.println("  " + session.beginString() + " as " + session.simulatorCompId() + ", client "
                    + session.clientCompId());
        }
        out.println(prices == null ? "  any symbol at " + DEFAULT_PRICE : "  prices from " + prices);
        out.flush();
        return simulator;
    }

    private SimulatorConfig config() {
        requireRate("--bust-rate", bustRate);
        requireRate("--correct-rate", correctRate);
        requireRate("--reject-rate", rejectRate);
        if (commissionPerShare.signum() < 0) {
            throw new IllegalArgumentException("--commission-per-share must not be negative, was "
                    + commissionPerShare.toPlainString());
        }
        if (fills < 1) {
            throw new IllegalArgumentException("--fills must be at least 1, was " + fills);
        }
        List<SimulatorSession> accepted = sessions.stream().map(SimulatorSession::parse).toList();
        return new SimulatorConfig(port, accepted, priceSource(), fills, seed, rejectSymbols, null,
                MarketClock.system()).withExecutionDelay(delay).withBustRate(bustRate).withCorrectRate(correctRate)
                .withRejectRate(rejectRate).withCommissionPerShare(commissionPerShare);
    }

    private Function<String, BigDecimal> priceSource() {
        if (prices == null) {
            return symbol -> DEFAULT_PRICE;
        }
        try {
            Map<String, BigDecimal> bySymbol = PriceList.read(prices);
            return bySymbol::get;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read prices file " + prices + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void requireRate(String option, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(option + " must be between 0 and 1, was " + rate);
        }
    }
}
