package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ballast.agent.DemoConfigs.Ledger;
import io.ballast.agent.demo.DemoCustodian;
import io.ballast.agent.demo.DemoCycle.DemoReport;
import io.ballast.agent.demo.DemoCycle;
import io.ballast.domain.Allocation;
import io.ballast.domain.BreakType;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.BlockOrderView;
import io.ballast.ledger.ImportBatch;
import io.ballast.ledger.ImportBatches;
import io.ballast.ledger.ProposalStore;
import io.ballast.ledger.ReconBreaks;
import io.ballast.routes.RebalanceStage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo's full cycle on the real embedded parts, with the outcome checked stage by stage. */
class DemoCycleIT {
    private static final Clock TRADE_DAY = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), MarketClock.NEW_YORK);

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Ledger.class)
    void oneCycleTradesAllocatesAndReconcilesWithoutBreaks(Ledger ledger) throws Exception {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        try (DemoCycle cycle = DemoCycle.start(DemoConfigs.inDirectory(directory, ledger), TRADE_DAY,
                new PrintStream(summary, true, StandardCharsets.UTF_8))) {
            DemoReport report = cycle.run();

            assertThat(report.proposals()).hasSize(6);
            List<ProposedTrade> trades = report.proposals().stream().flatMap(p -> p.trades().stream()).toList();
            assertThat(trades).isNotEmpty();
            assertThat(sumBySecurityAndSide(trades)).as("every proposed trade is in a block order")
                    .isEqualTo(report.blockOrders().stream().collect(Collectors.toMap(
                            o -> o.security() + " " + o.side(), o -> o.quantity().stripTrailingZeros())));
            for (BlockOrderView order : report.blockOrders()) {
                assertThat(order.status().name()).isEqualTo("FILLED");
                BigDecimal allocated = report.allocations().stream()
                        .filter(a -> a.block().equals(order.clOrdId()))
                        .map(Allocation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(allocated).as("allocations of %s sum to its fills", order.clOrdId())
                        .isEqualByComparingTo(order.cumQty());
            }
            assertThat(report.breaks()).as("the consistent next-day file").isEmpty();
            assertCommissionsFlowedFromTheFillsToTheBook(report);
            // A household that harvested losses it may not buy back for 30 days stays off its model in drift terms.
            // The next day, at unchanged prices, it is optimized again (none held or refused) but trades only where
            // the trades gain the policy's minimum benefit, and says so; the others are left alone, saying why.
            assertThat(report.nextDayProposals()).as("the next day, every household is optimized").hasSize(6)
                    .allSatisfy(p -> assertThat(p.explanation().notes()).noneMatch(n -> n.startsWith(
                            RebalanceStage.NOT_OPTIMIZED) || n.startsWith(RebalanceStage.HELD)))
                    .allSatisfy(p -> assertThat(p.explanation().notes()).as("why %s trades or not", p.household())
                            .anyMatch(n -> n.startsWith(p.trades().isEmpty() ? "left alone: " : "benefit: ")));
            int nextDayTrades = report.nextDayProposals().stream().mapToInt(p -> p.trades().size()).sum();
            assertThat(nextDayTrades).as("no second rebalance the next day").isLessThan(trades.size() / 4);

            // The altered file adds 10 shares to one lot. The next day's own trades are filled meanwhile, so the
            // ledger's expected book differs from the file in their positions too: every household with a break
            // is held, the others are proposed as usual.
            CustodianSnapshot alteredBook = DemoCustodian.withQuantityError(report.nextDayBook());
            TaxLot alteredLot = alteredBook.lots().get(0);
            ImportBatch altered = cycle.deliver("reconciliation", alteredBook, "positions-corrected.csv");
            List<ReconBreak> breaks = new ReconBreaks(cycle.dataSource()).ofBatch(altered.id());
            assertThat(breaks).anySatisfy(b -> {
                assertThat(b.type()).isEqualTo(BreakType.QUANTITY);
                assertThat(b.account()).isEqualTo(alteredLot.account());
                assertThat(b.security()).isEqualTo(alteredLot.security());
            });
            ProposalStore proposals = new ProposalStore(cycle.dataSource(), TRADE_DAY);
            await().atMost(Duration.ofMinutes(1)).until(() -> proposals.allProposed(altered.id()));
            Set<String> brokenHouseholds = alteredBook.accounts().stream()
                    .filter(a -> breaks.stream().anyMatch(b -> b.account().equals(a.id())))
                    .map(a -> a.household().value()).collect(Collectors.toSet());
            assertThat(proposals.proposalsOfBatch(altered.id())).allSatisfy(p -> {
                boolean held = p.explanation().notes().stream().anyMatch(n -> n.startsWith(RebalanceStage.HELD));
                assertThat(held).as("%s is held", p.household())
                        .isEqualTo(brokenHouseholds.contains(p.household().value()));
                if (held) {
                    assertThat(p.trades()).isEmpty();
                }
            });
        }
        assertThat(summary.toString(StandardCharsets.UTF_8)).contains("[custodian]", "[optimizer]", "[trading]",
                "[allocation]", "[reconcile]", " comm ", ", commission ");
    }

    @Test
    void aMalformedFileIsMovedAsideWithNothingLoadedAndTheAgentGoesOn() throws Exception {
        try (DemoCycle cycle = DemoCycle.start(DemoConfigs.inDirectory(directory, Ledger.H2), TRADE_DAY,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            Path failed = cycle.drop("truncated.csv",
                    "HDR,demo-custodian,2026-11-24\nACC,1001-TAX,HH-0001,TAXABLE\nLOT,1001-TAX,L1,VTI,10,2500.00,2025-0"
                            .getBytes(StandardCharsets.UTF_8));

            Path report = failed.resolveSibling("truncated.csv.report.txt");
            await().atMost(Duration.ofMinutes(1)).until(() -> Files.exists(failed) && Files.exists(report)
                    && Files.readString(report).endsWith("\n"));
            assertThat(Files.readString(report)).contains("truncated.csv:0 [record type]: file has no TRL record",
                    "truncated.csv:3 [acquired]: '2025-0' is not a date");
            assertThat(new ImportBatches(cycle.dataSource()).findByFile("demo-custodian", "truncated.csv")).isEmpty();

            assertThat(cycle.run().breaks()).as("the next file loads as usual").isEmpty();
        }
    }

    /**
     * The demo counterparty charges a commission on every fill: each block's reaches its accounts to the cent, and
     * a lot bought costs its shares at the average price plus its share, as the custodian's next-day file says.
     */
    private static void assertCommissionsFlowedFromTheFillsToTheBook(DemoReport report) {
        assertThat(report.commission()).as("commission charged on the day").isPositive();
        for (BlockOrderView order : report.blockOrders()) {
            assertThat(report.allocations().stream().filter(a -> a.block().equals(order.clOrdId()))
                    .map(Allocation::commission).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("commission of %s allocated", order.clOrdId()).isEqualByComparingTo(order.commission());
        }
        // The next-day load replaces the day's bought lots with the custodian's, after the reconciliation compared
        // each lot's basis with the custodian's (quantity × price + commission) to the cent: the report has no break.
        assertThat(report.breaks()).isEmpty();
        assertThat(report.allocations().stream().filter(a -> a.side() == Side.BUY && a.commission().signum() > 0))
                .as("buys whose commission went into the basis the reconciliation checked").isNotEmpty();
    }

    private static Map<String, BigDecimal> sumBySecurityAndSide(List<ProposedTrade> trades) {
        return trades.stream().collect(Collectors.groupingBy(t -> t.security() + " " + t.side(),
                Collectors.reducing(BigDecimal.ZERO, ProposedTrade::quantity, BigDecimal::add)))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stripTrailingZeros()));
    }
}
