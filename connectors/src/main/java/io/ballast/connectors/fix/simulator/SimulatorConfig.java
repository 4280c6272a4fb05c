package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
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
 * @param seed             seed of the few cents each fill's price varies around the reference
 * @param rejectedSymbols  symbols whose orders are always rejected
 * @param storeDirectory   where the message store lives; null keeps it in memory
 * @param clock            for TransactTime
 */
public record SimulatorConfig(int port, List<SimulatorSession> sessions, Function<String, BigDecimal> priceOf,
        int fillsPerOrder, long seed, Set<String> rejectedSymbols, Path storeDirectory, Clock clock) {
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
    }
}
