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

    /** Reads {@code BEGINSTRING:SIMULATOR-COMPID:CLIENT-COMPID}, for example {@code FIX.4.4:DEMO-BROKER:BALLAST}. */
    public static SimulatorSession parse(String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("session '" + spec
                    + "' must be BEGINSTRING:SIMULATOR-COMPID:CLIENT-COMPID, e.g. FIX.4.4:DEMO-BROKER:BALLAST");
        }
        try {
            return new SimulatorSession(parts[0].trim(), parts[1].trim(), parts[2].trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("session '" + spec + "': " + e.getMessage(), e);
        }
    }
}
