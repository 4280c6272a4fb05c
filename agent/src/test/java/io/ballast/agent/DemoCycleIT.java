package io.ballast.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.agent.demo.DemoCustodian;
import io.ballast.agent.demo.DemoCycle;
import io.ballast.agent.demo.DemoCycle.DemoReport;
import io.ballast.domain.Allocation;
import io.ballast.domain.BreakType;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.ReconBreak;
import io.ballast.ledger.BlockOrderView;
import io.ballast.ledger.ImportBatch;
import io.ballast.ledger.ReconBreaks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's full cycle on the real embedded parts, with the outcome checked stage by stage. */
class DemoCycleIT {
    private static final Clock TRADE_DAY = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), MarketClock.NEW_YORK);

    @TempDir
    Path directory;

    @Test
    void oneCycleTradesAllocatesAndReconcilesWithoutBreaks() throws Exception {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        try (DemoCycle cycle = DemoCycle.start(DemoConfigs.inDirectory(directory), TRADE_DAY,
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

            ImportBatch altered = cycle.deliver("reconciliation",
                    DemoCustodian.withQuantityError(report.nextDayBook()), "positions-corrected.csv");
            List<ReconBreak> breaks = new ReconBreaks(cycle.dataSource()).ofBatch(altered.id());
            assertThat(breaks).singleElement().satisfies(b -> {
                assertThat(b.type()).isEqualTo(BreakType.QUANTITY);
                assertThat(b.difference()).isEqualByComparingTo("10");
            });
        }
        assertThat(summary.toString(StandardCharsets.UTF_8)).contains("[custodian]", "[optimizer]", "[trading]",
                "[allocation]", "[reconcile]");
    }

    private static Map<String, BigDecimal> sumBySecurityAndSide(List<ProposedTrade> trades) {
        return trades.stream().collect(Collectors.groupingBy(t -> t.security() + " " + t.side(),
                Collectors.reducing(BigDecimal.ZERO, ProposedTrade::quantity, BigDecimal::add)))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stripTrailingZeros()));
    }
}
