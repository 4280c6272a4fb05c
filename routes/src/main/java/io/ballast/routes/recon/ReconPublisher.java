package io.ballast.routes.recon;

import io.ballast.domain.ReconBreak;
import io.ballast.ledger.LoadResult;
import io.ballast.ledger.ReconBreaks;
import io.ballast.routes.Json;
import io.ballast.routes.Queues;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After each reconciliation: rewrites the report files of its as-of date and announces it on the
 * {@value Queues#RECON_BREAKS} topic. The event carries counts and where the report is, never account numbers.
 */
public final class ReconPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ReconPublisher.class);
    private final ReconBreaks breaks;
    private final ReconReportFiles files;

    public ReconPublisher(ReconBreaks breaks, ReconReportFiles files) {
        this.breaks = breaks;
        this.files = files;
    }

    /** What a reconciliation found, as the {@value Queues#RECON_BREAKS} event says it. */
    public record ReconBreaksEvent(long batchId, String custodian, String file, LocalDate asOf, long breaks,
            long timing, Map<String, Long> byType, String report) {
    }

    /** Writes the report of the load's as-of date and publishes the event of the load; returns the event. */
    public ReconBreaksEvent publish(LoadResult load, String custodian, String file, ProducerTemplate producer) {
        Path written = files.write(breaks.reportAsOf(load.asOf()));
        Map<String, Long> byType = new LinkedHashMap<>();
        load.breaks().stream().map(ReconBreak::type).sorted()
                .forEach(type -> byType.merge(type.name(), 1L, Long::sum));
        long errors = load.breaks().stream().filter(b -> b.type().isError()).count();
        ReconBreaksEvent event = new ReconBreaksEvent(load.batchId(), custodian, file, load.asOf(), errors,
                load.breaks().size() - errors, byType, written.toString());
        producer.sendBody(Queues.topic(Queues.RECON_BREAKS), Json.write(event));
        return event;
    }

    /**
     * Publishes after a committed load: a report or event that cannot be written must not undo the load or stop the
     * cycle, so the failure is logged. {@code ballast recon} shows the same report from the ledger.
     */
    public void publishAfterLoad(LoadResult load, String custodian, String source, ProducerTemplate producer) {
        try {
            LOG.info("{}: reconciliation report of {} in {}", custodian, load.asOf(),
                    publish(load, custodian, source, producer).report());
        } catch (RuntimeException e) {
            LOG.error("{}: the reconciliation of {} is in the ledger, but its report or event could not be"
                    + " published: {}", custodian, source, e.getMessage(), e);
        }
    }
}
