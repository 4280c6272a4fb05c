package io.ballast.routes;

import io.ballast.connectors.custodian.BallastCsvFormat;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseResult;
import io.ballast.ledger.BookLoader;
import io.ballast.ledger.LoadRefusedException;
import io.ballast.ledger.LoadResult;
import io.ballast.routes.CycleMessages.PositionsLoaded;
import io.ballast.routes.recon.ReconPublisher;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls one custodian's files (poll → parse → validate → load, one transaction per file) and announces each load.
 * The consumer endpoint moves a loaded file to {@code .done} and a rejected one to {@code .failed}, beside a
 * {@code .report.txt} that names every problem, so a file is never half-loaded and never lost; loading the same
 * content twice is recognised by its checksum.
 */
public class CustodianRoute extends RouteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(CustodianRoute.class);

    private final String custodian;
    private final String sourceUri;
    private final BallastCsvFormat format;
    private final BookLoader loader;
    private final Clock clock;
    private final ReconPublisher recon;
    private ProducerTemplate reports;

    public CustodianRoute(String custodian, String sourceUri, BallastCsvFormat format, BookLoader loader,
            Clock clock, ReconPublisher recon) {
        this.custodian = custodian;
        this.sourceUri = sourceUri;
        this.format = format;
        this.loader = loader;
        this.clock = clock;
        this.recon = recon;
    }

    @Override
    public void configure() {
        reports = getContext().createProducerTemplate();
        // A refused file is an expected event: its reasons are the message, no stack trace is needed.
        onException(CustodianFileRejectedException.class, LoadRefusedException.class)
                .logStackTrace(false).logExhaustedMessageHistory(false)
                .process(this::writeFailureReport);

        from(sourceUri).routeId("custodian-" + custodian)
                .process(this::load)
                .filter(body().isNotNull())
                .to(Queues.jms(Queues.POSITIONS_LOADED));
    }

    private void load(Exchange exchange) {
        String file = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        byte[] content = exchange.getIn().getBody(byte[].class);
        ParseResult<CustodianSnapshot> parsed = format.parse(file, new ByteArrayInputStream(content));
        if (!parsed.isClean()) {
            throw new CustodianFileRejectedException(file, parsed.failures());
        }
        LoadResult result = loader.load(parsed.value(), file, sha256(content));
        if (result.duplicate()) {
            LOG.info("{}: {} was loaded before (same checksum); ignored", custodian, file);
            exchange.getIn().setBody(null);
            return;
        }
        long errors = result.breaks().stream().filter(b -> b.type().isError()).count();
        LOG.info("{}: loaded {} as of {}: {} accounts, {} lots, {} households, {} reconciliation breaks, {} timing"
                + " differences", custodian, file, result.asOf(), result.accounts(), result.lots(),
                result.households().size(), errors, result.breaks().size() - errors);
        publishReconciliation(result, file);
        result.breaks().stream().filter(b -> b.type().isError()).forEach(b -> LOG.warn(
                "{}: {} break in {}: account {} {} expected {} custodian {} {}", custodian, b.type(), file,
                b.account().masked(), b.security() == null ? "cash" : b.security(), b.expected().toPlainString(),
                b.actual().toPlainString(), b.detail()));
        exchange.getIn().setBody(Json.write(new PositionsLoaded(result.batchId(), custodian, file, result.asOf(),
                LocalDate.now(clock), result.households().stream().map(Object::toString).toList(),
                (int) errors)));
    }

    /**
     * The load is committed by now: a report or event that cannot be written must not undo it or stop the cycle.
     * {@code ballast recon} shows the same report from the ledger.
     */
    private void publishReconciliation(LoadResult result, String file) {
        try {
            LOG.info("{}: reconciliation report of {} in {}", custodian, result.asOf(),
                    recon.publish(result, custodian, file, reports).report());
        } catch (RuntimeException e) {
            LOG.error("{}: the reconciliation of {} is in the ledger, but its report or event could not be"
                    + " published: {}", custodian, file, e.getMessage(), e);
        }
    }

    private void writeFailureReport(Exchange exchange) {
        String file = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        reports.sendBodyAndHeader(sourceUri, cause.getMessage() + "\n", Exchange.FILE_NAME,
                ".failed/" + file + ".report.txt");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
