package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How the FIX counterparty simulator behaves.
 *
 * @param port             the port to accept on; 0 picks a free one at start
 * @param sessions         the sessions it accepts, FIX 4.2 and 4.4 alike, all on the one port
 * @param priceOf          reference price of a symbol; null for a symbol it does not know (orders are rejected)
 * @param fillsPerOrder    executions an order fills in, the last completing it
 * @param seed             seed of the few cents each fill's price varies around the reference, and of the busts,
 *                         corrections and rejects drawn at the rates below
 * @param rejectedSymbols  symbols whose orders are always rejected
 * @param storeDirectory   where the message store lives; null keeps it in memory
 * @param clock            for TransactTime
 * @param executionDelay   pause before each execution after an order's acknowledgement; zero answers at once
 * @param bustRate         fraction of fills busted (trade cancel) and then filled again, 0..1
 * @param correctRate      fraction of fills corrected to another price, 0..1; with {@code bustRate} at most 1
 * @param rejectRate       fraction of new orders rejected whatever their symbol, 0..1
 * @param commissionPerShare dollars charged per share on every fill and correction (Commission 12, CommType 13 = 1);
 *                         zero charges nothing and sends no commission
 */
public record SimulatorConfig(int port, List<SimulatorSession> sessions, Function<String, BigDecimal> priceOf,
        int fillsPerOrder, long seed, Set<String> rejectedSymbols, Path storeDirectory, Clock clock,
        Duration executionDelay, double bustRate, double correctRate, double rejectRate,
        BigDecimal commissionPerShare) {
    public SimulatorConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("simulator port must be 0..65535, was " + port);
        }
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("simulator needs at least one session");
        }
        Objects.requireNonNull(priceOf, "price source is required");
        if (fillsPerOrder < 1) {
            throw new IllegalArgumentException("fills per order must be at least 1, was " + fillsPerOrder);
        }
        rejectedSymbols = Set.copyOf(rejectedSymbols);
        Objects.requireNonNull(clock, "clock is required");
        Objects.requireNonNull(executionDelay, "execution delay is required");
        if (executionDelay.isNegative()) {
            throw new IllegalArgumentException("execution delay must not be negative, was " + executionDelay);
        }
        requireFraction("bust rate", bustRate);
        requireFraction("correct rate", correctRate);
        requireFraction("reject rate", rejectRate);
        Objects.requireNonNull(commissionPerShare, "commission per share is required");
        if (commissionPerShare.signum() < 0) {
            throw new IllegalArgumentException("commission per share must not be negative, was "
                    + commissionPerShare.toPlainString());
        }
        if (bustRate + correctRate > 1) {
            throw new IllegalArgumentException("bust rate and correct rate together must be at most 1, were "
                    + bustRate + " and " + correctRate);
        }
    }

    /** A simulator that answers at once, never busts, corrects or rejects at random, and charges no commission. */
    public SimulatorConfig(int port, List<SimulatorSession> sessions, Function<String, BigDecimal> priceOf,
            int fillsPerOrder, long seed, Set<String> rejectedSymbols, Path storeDirectory, Clock clock) {
        this(port, sessions, priceOf, fillsPerOrder, seed, rejectedSymbols, storeDirectory, clock, Duration.ZERO, 0,
                0, 0, BigDecimal.ZERO);
    }

    public SimulatorConfig withExecutionDelay(Duration delay) {
        return new SimulatorConfig(port, sessions, priceOf, fillsPerOrder, seed, rejectedSymbols, storeDirectory,
                clock, delay, bustRate, correctRate, rejectRate, commissionPerShare);
    }

    public SimulatorConfig withBustRate(double rate) {
        return new SimulatorConfig(port, sessions, priceOf, fillsPerOrder, seed, rejectedSymbols, storeDirectory,
                clock, executionDelay, rate, correctRate, rejectRate, commissionPerShare);
    }

    public SimulatorConfig withCorrectRate(double rate) {
        return new SimulatorConfig(port, sessions, priceOf, fillsPerOrder, seed, rejectedSymbols, storeDirectory,
                clock, executionDelay, bustRate, rate, rejectRate, commissionPerShare);
    }

    public SimulatorConfig withRejectRate(double rate) {
        return new SimulatorConfig(port, sessions, priceOf, fillsPerOrder, seed, rejectedSymbols, storeDirectory,
                clock, executionDelay, bustRate, correctRate, rate, commissionPerShare);
    }

    public SimulatorConfig withCommissionPerShare(BigDecimal commission) {
        return new SimulatorConfig(port, sessions, priceOf, fillsPerOrder, seed, rejectedSymbols, storeDirectory,
                clock, executionDelay, bustRate, correctRate, rejectRate, commission);
    }

    private static void requireFraction(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + rate);
        }
    }
}
