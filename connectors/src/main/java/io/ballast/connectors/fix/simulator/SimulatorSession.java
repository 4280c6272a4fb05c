package io.ballast.connectors.fix.simulator;

import java.util.Set;

/** A session the simulator accepts: its FIX version, its own CompID and the client's. */
public record SimulatorSession(String beginString, String simulatorCompId, String clientCompId) {
    private static final Set<String> SUPPORTED_VERSIONS = Set.of("FIX.4.2", "FIX.4.4");

    public SimulatorSession {
        if (!SUPPORTED_VERSIONS.contains(beginString)) {
            throw new IllegalArgumentException("simulator BeginString must be FIX.4.2 or FIX.4.4, was " + beginString);
        }
        if (simulatorCompId == null || simulatorCompId.isBlank() || clientCompId == null || clientCompId.isBlank()) {
            throw new IllegalArgumentException("simulator session needs both CompIDs");
        }
    }
}
