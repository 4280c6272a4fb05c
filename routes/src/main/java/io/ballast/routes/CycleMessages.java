package io.ballast.routes;

import java.time.LocalDate;
import java.util.List;

/** The JSON messages the stages exchange over the broker. */
public final class CycleMessages {
    private CycleMessages() {
    }

    /** A custodian file was loaded: these households have fresh positions. */
    public record PositionsLoaded(long batchId, String custodian, String file, LocalDate asOf, LocalDate tradeDate,
            List<String> households, int breaks) {
    }

    /** Optimize one household of a batch for a trade date. */
    public record RebalanceRequest(long batchId, String household, LocalDate tradeDate) {
    }

    /** Block and send the approved proposals of a trade date. */
    public record OrdersRelease(LocalDate tradeDate) {
    }
}
