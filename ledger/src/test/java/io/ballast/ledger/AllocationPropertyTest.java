package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.CLOCK;
import static io.ballast.ledger.Fixtures.TRADE_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.Allocation;
import io.ballast.domain.CashBalance;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.Decimals;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.Price;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Sales and buys in random accounts, filled in part and charged a commission, allocated through the real book on H2.
 */
class AllocationPropertyTest {
    private static final SecurityId XYZ = SecurityId.of("XYZ");

    @Property(tries = 40, seed = "42")
    void allocationsSumToTheFillNeverExceedTheAskAndLeaveNoLotNegative(
            @ForAll @Size(min = 1, max = 6) List<@Size(min = 1, max = 3) List<@IntRange(min = 1, max = 400) Integer>> lotsPerAccount,
            @ForAll @IntRange(min = 0, max = 100) int sellPercent, @ForAll @IntRange(min = 0, max = 100) int fillPercent,
            @ForAll @IntRange(min = 0, max = 5000) int commissionCents) {
        DataSource dataSource = TestDatabases.h2();
        List<Account> accounts = new ArrayList<>();
        List<TaxLot> lots = new ArrayList<>();
        List<ProposedTrade> trades = new ArrayList<>();
        for (int a = 0; a < lotsPerAccount.size(); a++) {
            AccountId account = AccountId.of("A" + a);
            accounts.add(new Account(account, HouseholdId.of("H"), AccountType.TAXABLE, "C"));
            List<LotPick> picks = new ArrayList<>();
            long held = 0;
            for (int l = 0; l < lotsPerAccount.get(a).size(); l++) {
                int quantity = lotsPerAccount.get(a).get(l);
                LotId lot = LotId.of(account + "-" + l);
                lots.add(new TaxLot(lot, account, XYZ, BigDecimal.valueOf(quantity), BigDecimal.valueOf(quantity * 10L),
                        LocalDate.of(2024, 1, 1 + l)));
                held += quantity;
                long pick = (long) quantity * sellPercent / 100;
                if (pick > 0) {
                    picks.add(new LotPick(lot, BigDecimal.valueOf(pick)));
                }
            }
            BigDecimal sale = picks.stream().map(LotPick::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sale.signum() > 0 && held > 0) {
                trades.add(new ProposedTrade(account, XYZ, Side.SELL, sale, picks));
            }
        }
        CustodianSnapshot snapshot = new CustodianSnapshot("C", TRADE_DATE.minusDays(1), accounts,
                List.of(new Security(XYZ, null, "XYZ Corp", "US_EQUITY")), lots,
                accounts.stream().map(account -> new CashBalance(account.id(), BigDecimal.ZERO)).toList(),
                List.of(new Price(XYZ, new BigDecimal("12.34"), TRADE_DATE.minusDays(1))));
        long batch = new BookLoader(dataSource, CLOCK).load(snapshot, "p.csv", "sha").batchId();
        new ProposalStore(dataSource, CLOCK).save(batch, new Proposal(HouseholdId.of("H"), TRADE_DATE, trades,
                Fixtures.explanation()));
        OrderBook book = new OrderBook(dataSource, CLOCK);
        List<io.ballast.domain.BlockOrder> blocks = book.createBlocks(TRADE_DATE);
        if (blocks.isEmpty()) {
            assertThat(trades).isEmpty();
            return;
        }
        ClOrdId order = blocks.get(0).clOrdId();
        BigDecimal filled = blocks.get(0).quantity().multiply(BigDecimal.valueOf(fillPercent))
                .divideToIntegralValue(BigDecimal.valueOf(100));
        BigDecimal price = filled.signum() > 0 ? new BigDecimal("12.34") : BigDecimal.ZERO;
        BigDecimal leaves = blocks.get(0).quantity().subtract(filled);
        BigDecimal commission = filled.signum() > 0 ? BigDecimal.valueOf(commissionCents, 2) : BigDecimal.ZERO;
        if (filled.signum() > 0) {
            book.apply(new ExecutionReport(order, null, "E1", null, ExecutionType.TRADE,
                    leaves.signum() == 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED, filled, price, filled,
                    price, leaves, commission, null, CLOCK.instant(), null));
        }
        if (leaves.signum() > 0) {
            book.apply(new ExecutionReport(order, null, "E2", null, ExecutionType.DONE_FOR_DAY,
                    OrderStatus.DONE_FOR_DAY, BigDecimal.ZERO, BigDecimal.ZERO, filled, price, BigDecimal.ZERO, BigDecimal.ZERO, null,
                    CLOCK.instant(), null));
        }

        List<Allocation> allocations = book.allocate(order);

        assertThat(allocations.stream().map(Allocation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(filled);
        Map<AccountId, BigDecimal> asked = new TreeMap<>();
        trades.forEach(trade -> asked.put(trade.account(), trade.quantity()));
        allocations.forEach(allocation -> assertThat(allocation.quantity())
                .isLessThanOrEqualTo(asked.get(allocation.account())));
        var household = new HouseholdSnapshots(dataSource).read(HouseholdId.of("H"),
                new io.ballast.domain.Model(io.ballast.domain.ModelId.of("m"), Map.of(XYZ, BigDecimal.ONE)),
                TRADE_DATE, 30);
        assertThat(household.lots()).allSatisfy(lot -> assertThat(lot.quantity()).isPositive());
        BigDecimal before = lots.stream().map(TaxLot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal after = household.lots().stream().map(TaxLot::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(before.subtract(after)).isEqualByComparingTo(filled);
        assertThat(allocations.stream().map(Allocation::commission).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the accounts' commissions add up to the block's").isEqualByComparingTo(commission);
        Map<AccountId, BigDecimal> proceeds = realizedProceeds(dataSource);
        for (Allocation allocation : allocations) {
            BigDecimal net = Decimals.money(allocation.quantity().multiply(allocation.averagePrice()))
                    .subtract(allocation.commission());
            assertThat(household.cash(allocation.account())).as("cash of " + allocation.account())
                    .isEqualByComparingTo(net);
            assertThat(proceeds.get(allocation.account())).as("lot pieces of " + allocation.account())
                    .isEqualByComparingTo(net);
        }
    }

    @Property(tries = 20, seed = "7")
    void buysSpendWhatTheirLotsCostCommissionIncludedAndTheCommissionsAddUpToTheBlocks(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 500) Integer> requested,
            @ForAll @IntRange(min = 1, max = 100) int fillPercent,
            @ForAll @IntRange(min = 0, max = 5000) int commissionCents) {
        DataSource dataSource = TestDatabases.h2();
        List<Account> accounts = new ArrayList<>();
        List<ProposedTrade> trades = new ArrayList<>();
        for (int a = 0; a < requested.size(); a++) {
            AccountId account = AccountId.of("A" + a);
            accounts.add(new Account(account, HouseholdId.of("H"), AccountType.TAXABLE, "C"));
            trades.add(new ProposedTrade(account, XYZ, Side.BUY, BigDecimal.valueOf(requested.get(a)), List.of()));
        }
        CustodianSnapshot snapshot = new CustodianSnapshot("C", TRADE_DATE.minusDays(1), accounts,
                List.of(new Security(XYZ, null, "XYZ Corp", "US_EQUITY")), List.of(),
                accounts.stream().map(account -> new CashBalance(account.id(), BigDecimal.ZERO)).toList(),
                List.of(new Price(XYZ, new BigDecimal("12.34"), TRADE_DATE.minusDays(1))));
        long batch = new BookLoader(dataSource, CLOCK).load(snapshot, "b.csv", "sha").batchId();
        new ProposalStore(dataSource, CLOCK).save(batch, new Proposal(HouseholdId.of("H"), TRADE_DATE, trades,
                Fixtures.explanation()));
        OrderBook book = new OrderBook(dataSource, CLOCK);
        ClOrdId order = book.createBlocks(TRADE_DATE).get(0).clOrdId();
        BigDecimal quantity = book.blotter(TRADE_DATE).get(0).quantity();
        BigDecimal filled = quantity.multiply(BigDecimal.valueOf(fillPercent))
                .divideToIntegralValue(BigDecimal.valueOf(100)).max(BigDecimal.ONE);
        BigDecimal price = new BigDecimal("12.345");
        BigDecimal commission = BigDecimal.valueOf(commissionCents, 2);
        BigDecimal leaves = quantity.subtract(filled);
        book.apply(new ExecutionReport(order, null, "E1", null, ExecutionType.TRADE,
                leaves.signum() == 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED, filled, price, filled, price,
                leaves, commission, null, CLOCK.instant(), null));
        if (leaves.signum() > 0) {
            book.apply(new ExecutionReport(order, null, "E2", null, ExecutionType.DONE_FOR_DAY,
                    OrderStatus.DONE_FOR_DAY, BigDecimal.ZERO, BigDecimal.ZERO, filled, price, BigDecimal.ZERO,
                    BigDecimal.ZERO, null, CLOCK.instant(), null));
        }

        List<Allocation> allocations = book.allocate(order);

        assertThat(allocations.stream().map(Allocation::commission).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the accounts' commissions add up to the block's").isEqualByComparingTo(commission);
        var household = new HouseholdSnapshots(dataSource).read(HouseholdId.of("H"),
                new io.ballast.domain.Model(io.ballast.domain.ModelId.of("m"), Map.of(XYZ, BigDecimal.ONE)),
                TRADE_DATE, 30);
        for (Allocation allocation : allocations) {
            BigDecimal cost = Decimals.money(allocation.quantity().multiply(price)).add(allocation.commission());
            assertThat(household.cash(allocation.account())).as("cash of " + allocation.account())
                    .isEqualByComparingTo(cost.negate());
            assertThat(household.lots()).filteredOn(lot -> lot.account().equals(allocation.account()))
                    .singleElement().satisfies(lot -> assertThat(lot.costBasis()).isEqualByComparingTo(cost));
        }
    }

    private static Map<AccountId, BigDecimal> realizedProceeds(DataSource dataSource) {
        Map<AccountId, BigDecimal> proceeds = new TreeMap<>();
        new Transactions(dataSource).inTransaction("proceeds", sql -> sql.list(
                "SELECT account_id, proceeds FROM realized_lot", rs -> Map.entry(AccountId.of(rs.getString(1)),
                        rs.getBigDecimal(2)))).forEach(piece -> proceeds.merge(piece.getKey(), piece.getValue(),
                                BigDecimal::add));
        return proceeds;
    }
}
