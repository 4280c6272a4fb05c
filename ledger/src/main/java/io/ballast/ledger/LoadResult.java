package io.ballast.ledger;

import io.ballast.domain.HouseholdId;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * What loading one custodian file did: its batch, the households it touched (sorted), how many accounts and lots
 * it delivered and the reconciliation breaks. A duplicate is a file loaded before; nothing changed, and the rest
 * describes the earlier load.
 */
public record LoadResult(long batchId, LocalDate asOf, List<HouseholdId> households, int accounts, int lots,
        List<ReconBreak> breaks, boolean duplicate) {
    public LoadResult {
        Require.present(asOf, "as-of date");
        households = households.stream().sorted().toList();
        breaks = List.copyOf(breaks);
    }
}
