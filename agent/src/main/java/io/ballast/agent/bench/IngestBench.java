package io.ballast.agent.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.ballast.agent.config.BrokerSettings;
import io.ballast.agent.config.CustodianSettings;
import io.ballast.agent.config.DatabaseSettings;
import io.ballast.agent.config.PollSchedule;
import io.ballast.agent.config.RetrySettings;
import io.ballast.agent.runtime.BrokerConnection;
import io.ballast.agent.runtime.CustodianUris;
import io.ballast.agent.runtime.Databases;
import io.ballast.agent.runtime.EmbeddedBroker;
import io.ballast.connectors.custodian.CustodianFormat;
import io.ballast.connectors.custodian.CustodianFormats;
import io.ballast.connectors.custodian.ParseContext;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseResult;
import io.ballast.ledger.BookLoader;
import io.ballast.ledger.LedgerAccounts;
import io.ballast.ledger.LedgerDatabase;
import io.ballast.ledger.ReconBreaks;
import io.ballast.ledger.SecurityMasterTable;
import io.ballast.routes.CustodianRoute;
import io.ballast.routes.recon.ReconPublisher;
import io.ballast.routes.recon.ReconReportFiles;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * The ingest benchmark: a generated Schwab-style set of N lots is parsed on its own (the raw parse rate), then
 * dropped into a directory the custodian route polls and timed until the route has loaded it into the ledger (H2
 * by default, or the PostgreSQL given). Prints both rates and their ratio. Not a test: run it on purpose.
 */
public final class IngestBench {
    private static final String FORMAT = "schwab-csv";

    private final int lots;
    private final DatabaseSettings database;
    private final Path work;
    private final PrintStream out;

    public IngestBench(int lots, DatabaseSettings database, Path work, PrintStream out) {
        this.lots = lots;
        this.database = database;
        this.work = work;
        this.out = out;
    }

    public void run() throws Exception {
        Files.createDirectories(work);
        Clock clock = Clock.systemUTC();
        SyntheticSchwabSet set = new SyntheticSchwabSet(lots, LocalDate.now(clock).minusDays(1), 20261125L);
        Path file = set.write(work);
        out.printf(Locale.ROOT, "set: %s, %,d lots, %,d bytes zipped%n", file.getFileName(), set.lots(),
                Files.size(file));
        CustodianFormat format = CustodianFormats.standard().get(FORMAT);

        long parseStart = System.nanoTime();
        long parseCpuStart = processCpuNanos();
        ParseResult<CustodianSnapshot> parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = format.parse(file.getFileName().toString(), in, ParseContext.STANDALONE);
        }
        double parseSeconds = seconds(parseStart);
        double parseCpuSeconds = (processCpuNanos() - parseCpuStart) / 1e9;
        if (!parsed.isClean()) {
            throw new IllegalStateException("the generated set does not parse clean: " + parsed.failures().get(0));
        }
        double parseRate = set.lots() / parseSeconds;
        out.printf(Locale.ROOT, "raw parse:            %7.2f s  %,10.0f lots/s  (CPU %.2f s)%n", parseSeconds, parseRate,
                parseCpuSeconds);
        parsed = null;

        Timing load = loadThroughRoute(file, format, clock);
        double loadSeconds = load.seconds();
        double loadRate = set.lots() / loadSeconds;
        out.printf(Locale.ROOT, "route into %-10s %7.2f s  %,10.0f lots/s  (%.2f of the raw parse rate; CPU %.2f s)%n",
                postgres() ? "PostgreSQL:" : "H2:", loadSeconds, loadRate, loadRate / parseRate,
                load.cpuSeconds());
    }

    /** Wall-clock and CPU seconds of all the process's threads: CPU time varies less on a busy machine. */
    private record Timing(double seconds, double cpuSeconds) {
    }

    /** From the file's arrival in the polled directory to its move to {@code .done}. */
    private Timing loadThroughRoute(Path file, CustodianFormat format, Clock clock) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (HikariDataSource ledger = Databases.open(database, work);
                EmbeddedBroker broker = new EmbeddedBroker(work.resolve("broker")).start()) {
            LedgerDatabase.migrate(ledger);
            Main camel = new Main();
            try {
                camel.bind("jms", BrokerConnection.jmsComponent(new BrokerSettings(true, null, null, null)));
                camel.init();
                CustodianSettings custodian = new CustodianSettings("bench", FORMAT, "directory", null, inbox, null,
                        ".*\\.zip", null, new PollSchedule(Duration.ofMillis(100), null, null), ".done", ".failed",
                        new RetrySettings(0, Duration.ofSeconds(1), 1), null, "reject", "break");
                camel.getCamelContext().addRoutes(new CustodianRoute("bench", CustodianUris.of(custodian),
                        custodian.doneDirectory(), custodian.failedDirectory(), new MemoryIdempotentRepository(),
                        format, new ParseContext(new SecurityMasterTable(ledger, clock), new LedgerAccounts(ledger)::find,
                                ParseContext.LotMismatch.BREAK),
                        CustodianRoute.BadRows.REJECT, new BookLoader(ledger, clock), clock,
                        new ReconPublisher(new ReconBreaks(ledger), new ReconReportFiles(work.resolve("recon")))));
                camel.start();
                Path done = inbox.resolve(".done").resolve(file.getFileName());
                Path failed = inbox.resolve(".failed").resolve(file.getFileName());
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                while (!Files.exists(done)) {
                    if (Files.exists(failed)) {
                        throw new IllegalStateException("the route refused the set; see " + failed + ".report.txt");
                    }
                    Thread.sleep(50);
                }
                return new Timing(seconds(start), (processCpuNanos() - cpuStart) / 1e9);
            } finally {
                camel.stop();
            }
        }
    }

    private boolean postgres() {
        return database != null && database.url() != null && database.url().startsWith("jdbc:postgresql:");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
