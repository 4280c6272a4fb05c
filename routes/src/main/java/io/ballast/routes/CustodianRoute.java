package io.ballast.routes;

import io.ballast.connectors.custodian.CustodianFormat;
import io.ballast.connectors.custodian.ParseContext;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import io.ballast.domain.ReconBreak;
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
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls one custodian's files (poll → parse → validate → load, one transaction per file) and announces each load.
 * The consumer endpoint moves a loaded file to its done directory and a rejected one to its failed directory,
 * beside a {@code .report.txt} that names every problem, so a file is never half-loaded and never lost. A file
 * whose name and SHA-256 were taken before (kept in the ledger database, so across restarts) is skipped; the same
 * content under another name is recognised by the ledger's import batches. Under the quarantine policy a file whose
 * only problems are bad rows loads without them; they are listed in {@code <done>/<file>.quarantined.txt} and
 * recorded with the batch.
 */
public class CustodianRoute extends RouteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(CustodianRoute.class);
    private static final String CHECKSUM = "BallastChecksum";

    private final String custodian;
    private final String sourceUri;
    private final String doneDirectory;
    private final String failedDirectory;
    private final IdempotentRepository takenFiles;
    private final CustodianFormat format;
    private final ParseContext context;
    private final BadRows badRows;
    private final BookLoader loader;
    private final Clock clock;
    private final ReconPublisher recon;
    private ProducerTemplate reports;

    /** What a file with bad rows does. */
    public enum BadRows {
        /** The whole file is refused (the default). */
        REJECT,
        /** The good rows load, the bad ones are quarantined; a problem of the whole file still refuses it. */
        QUARANTINE
    }

    /**
     * @param doneDirectory   where the endpoint moves a loaded file, relative to the polled directory
     * @param failedDirectory where the endpoint moves a refused file, relative to the polled directory
     * @param takenFiles      the file names and checksums taken before, e.g. {@link #takenFiles(DataSource, String)}
     */
    public CustodianRoute(String custodian, String sourceUri, String doneDirectory, String failedDirectory,
            IdempotentRepository takenFiles, CustodianFormat format, ParseContext context, BadRows badRows,
            BookLoader loader, Clock clock, ReconPublisher recon) {
        this.custodian = custodian;
        this.sourceUri = sourceUri;
        this.doneDirectory = doneDirectory;
        this.failedDirectory = failedDirectory;
        this.takenFiles = takenFiles;
        this.format = format;
        this.context = context;
        this.badRows = badRows;
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
                .process(e -> e.getIn().setHeader(CHECKSUM, sha256(e.getIn().getBody(byte[].class))))
                .idempotentConsumer(simple("${header.CamelFileName}:${header." + CHECKSUM + "}"), takenFiles)
                        .skipDuplicate(false)
                .filter(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                        .log("${routeId}: ${header.CamelFileName} was taken before (same name and checksum); skipped")
                        .stop()
                .end()
                .process(this::load)
                .filter(body().isNotNull())
                .to(Queues.jms(Queues.POSITIONS_LOADED));
    }

    private void load(Exchange exchange) {
        String file = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        byte[] content = exchange.getIn().getBody(byte[].class);
        ParseResult<CustodianSnapshot> parsed = format.parse(file, new ByteArrayInputStream(content), context);
        List<ParseFailure> quarantined = List.of();
        if (!parsed.isClean()) {
            boolean wholeFileProblem = parsed.failures().stream().anyMatch(failure -> failure.line() == 0);
            if (badRows == BadRows.REJECT || wholeFileProblem) {
                throw new CustodianFileRejectedException(file, parsed.failures());
            }
            quarantined = parsed.failures();
        }
        LoadResult result = loader.load(parsed.value(), file, exchange.getIn().getHeader(CHECKSUM, String.class),
                quarantined);
        if (!quarantined.isEmpty() && !result.duplicate()) {
            String list = doneDirectory + "/" + file + ".quarantined.txt";
            LOG.warn("{}: {} rows of {} quarantined, listed in {}", custodian, quarantined.size(), file, list);
            reports.sendBodyAndHeader(sourceUri, quarantined.stream().map(Object::toString)
                    .collect(Collectors.joining("\n", "", "\n")), Exchange.FILE_NAME, list);
        }
        if (result.duplicate()) {
            LOG.info("{}: {} was loaded before (same checksum); ignored", custodian, file);
            exchange.getIn().setBody(null);
            return;
        }
        exchange.getIn().setBody(announce(result, custodian, file, file, recon, reports, clock));
    }

    /**
     * Logs a load ({@code loaded} says what was read) with its real breaks and timing differences, publishes its
     * reconciliation, and returns the {@code positions.loaded} event to send: the one way both the file and the API
     * routes announce a load.
     */
    static String announce(LoadResult result, String custodian, String source, String loaded, ReconPublisher recon,
            ProducerTemplate producer, Clock clock) {
        List<ReconBreak> errors = result.breaks().stream().filter(b -> b.type().isError()).toList();
        LOG.info("{}: loaded {} as of {}: {} accounts, {} lots, {} households, {} reconciliation breaks, {} timing"
                + " differences", custodian, loaded, result.asOf(), result.accounts(), result.lots(),
                result.households().size(), errors.size(), result.breaks().size() - errors.size());
        recon.publishAfterLoad(result, custodian, source, producer);
        errors.forEach(b -> LOG.warn(
                "{}: {} break in {}: account {} {} expected {} custodian {} {}", custodian, b.type(), source,
                b.account().masked(), b.security() == null ? "cash" : b.security(), b.expected().toPlainString(),
                b.actual().toPlainString(), b.detail()));
        return Json.write(new PositionsLoaded(result.batchId(), custodian, source, result.asOf(),
                LocalDate.now(clock), result.households().stream().map(Object::toString).toList(), errors.size()));
    }

    private void writeFailureReport(Exchange exchange) {
        String file = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        reports.sendBodyAndHeader(sourceUri, cause.getMessage() + "\n", Exchange.FILE_NAME,
                failedDirectory + "/" + file + ".report.txt");
    }

    /** The files a custodian's route has taken, in the ledger database's {@code camel_messageprocessed} table. */
    public static IdempotentRepository takenFiles(DataSource ledger, String custodian) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(ledger, "custodian-" + custodian);
        repository.setCreateTableIfNotExists(false); // a ledger migration creates it
        return repository;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
