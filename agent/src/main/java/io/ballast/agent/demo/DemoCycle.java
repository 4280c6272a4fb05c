package io.ballast.agent.demo;

import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.runtime.AgentRuntime;
import io.ballast.connectors.custodian.BallastCsvFormat;
import io.ballast.connectors.fix.FixSessionStatus;
import io.ballast.domain.Decimals;
import io.ballast.domain.Allocation;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.Proposal;
import io.ballast.domain.ReconBreak;
import io.ballast.ledger.BlockOrderView;
import io.ballast.ledger.ImportBatch;
import io.ballast.ledger.ImportBatches;
import io.ballast.ledger.OrderBook;
import io.ballast.ledger.ProposalStore;
import io.ballast.ledger.RealizedLots;
import io.ballast.ledger.ReconBreaks;
import io.ballast.ledger.ReconReport;
import io.ballast.routes.RebalanceStage;
import io.ballast.routes.recon.ReconReportFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * One full cycle on embedded parts: the demo custodian drops yesterday's book on an in-process SFTP server, the
 * agent pulls and loads it, optimizes every household, sends block orders to the in-process FIX counterparty,
 * allocates the fills, and then reconciles the custodian's next-day book. Each stage is waited for through the
 * ledger and summarised.
 */
public final class DemoCycle implements AutoCloseable {
    private static final Duration STAGE_TIMEOUT = Duration.ofMinutes(2);

    private final List<AutoCloseable> started = new ArrayList<>();
    private final DemoEnvironment environment;
    private final AgentRuntime agent;
    private final Clock clock;
    private final PrintStream out;
    private final Path outbox;
    private final ImportBatches batches;
    private final ProposalStore proposals;
    private final OrderBook orders;
    private final ReconBreaks breaks;
    private final Path reportDirectory;

    private DemoCycle(DemoEnvironment environment, AgentRuntime agent, Clock clock, PrintStream out) {
        this.environment = environment;
        this.agent = agent;
        this.clock = clock;
        this.out = out;
        this.outbox = environment.outbox();
        this.batches = new ImportBatches(agent.dataSource());
        this.proposals = new ProposalStore(agent.dataSource(), clock);
        this.orders = new OrderBook(agent.dataSource(), clock);
        this.breaks = new ReconBreaks(agent.dataSource());
        this.reportDirectory = environment.agentConfig().reconciliation().reportDirectory();
    }

    /** Starts the embedded SFTP server, the FIX counterparty and the agent configured to use them. */
    public static DemoCycle start(BallastConfig config, Clock clock, PrintStream out) throws Exception {
        DemoEnvironment environment = DemoEnvironment.start(config, clock);
        try {
            AgentRuntime agent = AgentRuntime.start(environment.agentConfig(), clock);
            DemoCycle cycle = new DemoCycle(environment, agent, clock, out);
            cycle.started.add(environment);
            cycle.started.add(agent);
            return cycle;
        } catch (Exception e) {
            environment.close();
            throw e;
        }
    }

    /** Runs the cycle and returns what each stage did; throws {@link DemoStageException} naming a failed stage. */
    public DemoReport run() throws IOException {
        LocalDate tradeDate = LocalDate.now(clock);
        CustodianSnapshot yesterday = environment.openingBook();

        Waits.until("fix", "the FIX session to log on", STAGE_TIMEOUT,
                () -> agent.fixSessions().stream().allMatch(FixSessionStatus::loggedOn));
        agent.fixSessions().forEach(s -> out.printf("%n[fix]         session %s (%s) logged on to the counterparty%n",
                s.name(), s.beginString()));
        agent.httpUrl().ifPresent(url -> out.printf("%n[http]        traders' view while the demo runs: %s/sessions,"
                + " /orders, /recon, /health%n", url));

        ImportBatch opening = deliver("custodian", yesterday, "positions-" + yesterday.asOf() + ".csv");
        out.printf("%n[custodian]   %s: %d accounts, %d tax lots, %d households as of %s%n", opening.fileName(),
                opening.accounts(), opening.lots(), opening.households(), opening.asOf());

        List<Proposal> proposed = awaitProposals("optimizer", opening);
        printProposals(proposed);

        List<BlockOrderView> blotter = awaitTrading("trading", tradeDate);
        printBlotter(blotter);

        List<Allocation> allocations = orders.allocationsOn(tradeDate);
        printAllocations(allocations, blotter);

        CustodianSnapshot today = DemoCustodian.nextDay(yesterday, allocations,
                new RealizedLots(agent.dataSource()).ofTradeDate(tradeDate), tradeDate);
        ImportBatch nextDay = deliver("reconciliation", today, "positions-" + today.asOf() + ".csv");
        ReconReport recon = breaks.reportOfBatch(nextDay.id());
        out.printf("%n[reconcile]   %s against the ledger: %d account(s)%n              %s%n", nextDay.fileName(),
                nextDay.accounts(), ReconReportFormat.summary(recon));
        recon.breaks().forEach(b -> out.printf("              %s %s %s: ledger %s, custodian %s %s%n", b.type(),
                b.account(), b.security() == null ? "cash" : b.security(), b.expected().toPlainString(),
                b.actual().toPlainString(), b.detail()));
        out.printf("              report: %s (breaks.txt, .json, .csv); `ballast recon --as-of %s` shows it%n",
                reportDirectory.resolve(today.asOf().toString()), today.asOf());
        List<ReconBreak> found = recon.breaks();
        List<Proposal> after = awaitProposals("reconciliation", nextDay);
        awaitTrading("reconciliation", tradeDate);
        long stillTrading = after.stream().filter(p -> !p.trades().isEmpty()).count();
        out.printf("              next-day rebalance: %d household(s) left alone, %d traded again%n",
                after.size() - stillTrading, stillTrading);
        after.forEach(p -> out.printf("              %s  %2d trades  %s%n", p.household(), p.trades().size(),
                why(p)));

        return new DemoReport(yesterday, proposed, blotter, allocations, found, today, after);
    }

    /** Where the agent's HTTP endpoints answer, when they are enabled. */
    public Optional<String> httpUrl() {
        return agent.httpUrl();
    }

    /** The agent's ledger, for looking at what the cycle did. */
    public DataSource dataSource() {
        return agent.dataSource();
    }

    /** Drops a custodian file on the SFTP server and waits until the agent has loaded it. */
    public ImportBatch deliver(String stage, CustodianSnapshot book, String fileName) throws IOException {
        StringWriter content = new StringWriter();
        new BallastCsvFormat().write(book, content);
        Path failed = drop(fileName, content.toString().getBytes(StandardCharsets.UTF_8));
        Waits.until(stage, "the agent to load " + fileName, STAGE_TIMEOUT, () -> {
            if (Files.exists(failed)) {
                throw new DemoStageException(stage, "the agent rejected " + fileName + "; the log says why");
            }
            return batches.findByFile(book.custodian(), fileName).isPresent();
        });
        return batches.findByFile(book.custodian(), fileName).orElseThrow();
    }

    /**
     * Drops a file on the custodian's SFTP server as custodians do: written under another name and renamed, so the
     * agent never sees half a file. Returns where the agent moves it once it has been rejected.
     */
    public Path drop(String fileName, byte[] content) throws IOException {
        Path part = outbox.resolve(fileName + ".part");
        Files.write(part, content);
        Files.move(part, outbox.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        return outbox.resolve(".failed").resolve(fileName);
    }

    private List<Proposal> awaitProposals(String stage, ImportBatch batch) {
        Waits.until(stage, "a proposal for every household of " + batch.fileName(), STAGE_TIMEOUT,
                () -> proposals.allProposed(batch.id()));
        List<Proposal> proposed = proposals.proposalsOfBatch(batch.id());
        Optional<String> failure = proposed.stream().flatMap(p -> p.explanation().notes().stream())
                .filter(n -> n.startsWith(RebalanceStage.NOT_OPTIMIZED)).findFirst();
        if (failure.isPresent()) {
            throw new DemoStageException(stage, failure.get());
        }
        return proposed;
    }

    private List<BlockOrderView> awaitTrading(String stage, LocalDate tradeDate) {
        Waits.until(stage, "every block order to be done and allocated", STAGE_TIMEOUT,
                () -> orders.allDone(tradeDate));
        return orders.blotter(tradeDate);
    }

    private void printProposals(List<Proposal> proposed) {
        int trades = proposed.stream().mapToInt(p -> p.trades().size()).sum();
        out.printf("%n[optimizer]   %d household(s), %d trade(s) proposed%n", proposed.size(), trades);
        for (Proposal p : proposed) {
            out.printf("              %s  %2d trades  drift %s -> %s  realised ST %s LT %s  est. tax %s%n",
                    p.household(), p.trades().size(), percent(p.explanation().driftBefore()),
                    percent(p.explanation().driftAfter()), money(p.explanation().realizedShortTerm()),
                    money(p.explanation().realizedLongTerm()), money(p.explanation().estimatedTax()));
        }
    }

    private void printBlotter(List<BlockOrderView> blotter) {
        out.printf("%n[trading]     %d block order(s) over FIX to the counterparty%n", blotter.size());
        for (BlockOrderView order : blotter) {
            out.printf("              %-22s %-4s %-5s %8s  filled %8s @ %-10s comm %6s %s%n", order.clOrdId(),
                    order.side(), order.security(), order.quantity().toPlainString(),
                    order.cumQty().toPlainString(), order.avgPx().toPlainString(),
                    order.commission().toPlainString(), order.status());
        }
    }

    private void printAllocations(List<Allocation> allocations, List<BlockOrderView> blotter) {
        BigDecimal allocated = allocations.stream().map(Allocation::quantity).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal filled = blotter.stream().map(BlockOrderView::cumQty).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        Map<String, Long> perSide = allocations.stream()
                .collect(Collectors.groupingBy(a -> a.side().name(), Collectors.counting()));
        BigDecimal commission = allocations.stream().map(Allocation::commission).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        out.printf("%n[allocation]  %d allocation(s) to accounts (%s): %s shares allocated of %s filled,"
                + " commission %s%n", allocations.size(), perSide, allocated.toPlainString(), filled.toPlainString(),
                money(commission));
    }

    /** The note that decided whether the household trades: why it is left alone, or what its trades gain. */
    private static String why(Proposal proposal) {
        String prefix = proposal.trades().isEmpty() ? "left alone: " : "benefit: ";
        return proposal.explanation().notes().stream().filter(n -> n.startsWith(prefix)).findFirst()
                .map(n -> n.substring(prefix.length())).orElse("");
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String money(BigDecimal amount) {
        return Decimals.money(amount).toPlainString();
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                out.println("stopping: " + e.getMessage());
            }
        }
    }

    /** What the cycle did, stage by stage. */
    public record DemoReport(CustodianSnapshot openingBook, List<Proposal> proposals, List<BlockOrderView> blockOrders,
            List<Allocation> allocations, List<ReconBreak> breaks, CustodianSnapshot nextDayBook,
            List<Proposal> nextDayProposals) {
        /** The commission charged on the day's blocks, as allocated to the accounts, in dollars. */
        public BigDecimal commission() {
            return Decimals.money(allocations.stream().map(Allocation::commission).reduce(BigDecimal.ZERO,
                    BigDecimal::add));
        }
    }
}
