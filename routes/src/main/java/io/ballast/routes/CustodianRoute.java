package io.ballast.routes;

import io.ballast.connectors.custodian.CustodianFormat;
import io.ballast.connectors.custodian.ParseContext;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.ParseResult;
import io.ballast.ledger.BookLoader;
import io.ballast.ledger.LoadRefusedException;
import io.ballast.ledger.LoadResult;
import io.ballast.routes.CycleMessages.PositionsLoaded;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls one custodian's files (poll → parse → validate → load, one transaction per file) and announces each load.
 * The consumer endpoint moves a loaded file to {@code .done} and a rejected one to {@code .failed}, beside a
 * {@code .report.txt} that names every problem, so a file is never half-loaded and never lost; loading the same
 * content twice is recognised by its checksum. Under the quarantine policy a file whose only problems are bad rows
 * loads without them, and they are listed in {@code .done/<file>.quarantined.txt} and recorded with the batch.
 */
public class CustodianRoute extends RouteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(CustodianRoute.class);

    private final String custodian;
    private final String sourceUri;
    private final CustodianFormat format;
    private final ParseContext context;
    private final BadRows badRows;
    private final BookLoader loader;
    private final Clock clock;
    private ProducerTemplate reports;

    /** What a file with bad rows does. */
    public enum BadRows {
        /** The whole file is refused (the default). */
        REJECT,
        /** The good rows load, the bad ones are quarantined; a problem of the whole file still refuses it. */
        QUARANTINE
    }

    public CustodianRoute(String custodian, String sourceUri, CustodianFormat format, ParseContext context,
            BadRows badRows, BookLoader loader, Clock clock) {
        this.custodian = custodian;
        this.sourceUri = sourceUri;
        this.format = format;
        this.context = context;
        this.badRows = badRows;
        this.loader = loader;
        this.clock = clock;
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
        ParseResult<CustodianSnapshot> parsed = format.parse(file, new ByteArrayInputStream(content), context);
        List<ParseFailure> quarantined = List.of();
        if (!parsed.isClean()) {
            boolean wholeFileProblem = parsed.failures().stream().anyMatch(failure -> failure.line() == 0);
            if (badRows == BadRows.REJECT || wholeFileProblem) {
                throw new CustodianFileRejectedException(file, parsed.failures());
            }
            quarantined = parsed.failures();
        }
        LoadResult result = loader.load(parsed.value(), file, sha256(content), quarantined);
        if (!quarantined.isEmpty() && !result.duplicate()) {
            LOG.warn("{}: {} rows of {} quarantined, listed in .done/{}.quarantined.txt", custodian,
                    quarantined.size(), file, file);
            reports.sendBodyAndHeader(sourceUri, quarantined.stream().map(Object::toString)
                    .collect(Collectors.joining("\n", "", "\n")), Exchange.FILE_NAME, ".done/" + file
                    + ".quarantined.txt");
        }
        if (result.duplicate()) {
            LOG.info("{}: {} was loaded before (same checksum); ignored", custodian, file);
            exchange.getIn().setBody(null);
            return;
        }
        LOG.info("{}: loaded {} as of {}: {} accounts, {} lots, {} households, {} reconciliation breaks", custodian,
                file, result.asOf(), result.accounts(), result.lots(), result.households().size(),
                result.breaks().size());
        result.breaks().forEach(b -> LOG.warn("{}: {} break in {}: account {} {} expected {} custodian {}", custodian,
                b.type(), file, b.account().masked(), b.security() == null ? "cash" : b.security(),
                b.expected().toPlainString(), b.actual().toPlainString()));
        exchange.getIn().setBody(Json.write(new PositionsLoaded(result.batchId(), custodian, file, result.asOf(),
                LocalDate.now(clock), result.households().stream().map(Object::toString).toList(),
                result.breaks().size())));
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
