package io.ballast.ledger;

import io.ballast.domain.BreakType;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The reconciliation of the custodian files loaded as of one date: per file, the breaks it showed. */
public record ReconReport(LocalDate asOf, List<Batch> batches) {
    public ReconReport {
        Require.present(asOf, "as-of date");
        batches = List.copyOf(batches);
    }

    /** One loaded file and its breaks. */
    public record Batch(long id, String custodian, String file, LocalDate asOf, Instant loadedAt, int accounts,
            List<ReconBreak> breaks) {
        public Batch {
            breaks = List.copyOf(breaks);
        }
    }

    public List<ReconBreak> breaks() {
        return batches.stream().flatMap(batch -> batch.breaks().stream()).toList();
    }

    /** Breaks that hold a household: every kind but timing. */
    public long errors() {
        return breaks().stream().filter(b -> b.type().isError()).count();
    }

    /** Differences explained by unsettled trades. */
    public long timing() {
        return breaks().size() - errors();
    }

    /** How many breaks of each kind, in the order of {@link BreakType}; kinds not found are left out. */
    public Map<BreakType, Long> countsByType() {
        Map<BreakType, Long> counts = new TreeMap<>();
        breaks().forEach(b -> counts.merge(b.type(), 1L, Long::sum));
        return counts;
    }
}
