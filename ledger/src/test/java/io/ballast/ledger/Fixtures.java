package io.ballast.ledger;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.Explanation;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.OrderStatus;
import io.ballast.domain.Price;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import io.ballast.ledger.testing.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Small books for the ledger's tests. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T14:30:00Z"), ZoneOffset.UTC);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    static final LocalDate TRADE_DATE = LocalDate.of(2026, 11, 25);
    static final HouseholdId SMITH = HouseholdId.of("HH-SMITH");
    static final HouseholdId JONES = HouseholdId.of("HH-JONES");
    static final AccountId SMITH_TAXABLE = AccountId.of("S-100");
    static final AccountId SMITH_IRA = AccountId.of("S-200");
    static final AccountId JONES_TAXABLE = AccountId.of("J-100");
    static final SecurityId VTI = SecurityId.of("VTI");
    static final SecurityId BND = SecurityId.of("BND");
    static final SecurityId VXUS = SecurityId.of("VXUS");
    static final Model MODEL = new Model(ModelId.of("world"), Map.of(VTI, dec("0.5"), VXUS, dec("0.5")));

    private Fixtures() {
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static List<Account> accounts() {
        return List.of(new Account(SMITH_TAXABLE, SMITH, AccountType.TAXABLE, "SCHWAB"),
                new Account(SMITH_IRA, SMITH, AccountType.TRADITIONAL_IRA, "SCHWAB"),
                new Account(JONES_TAXABLE, JONES, AccountType.TAXABLE, "SCHWAB"));
    }

    static List<TaxLot> lots() {
        return List.of(lot("L1", SMITH_TAXABLE, VTI, "100", "20000.00", "2024-01-10"),
                lot("L2", SMITH_TAXABLE, VTI, "50", "13000.00", "2026-06-01"),
                lot("L3", SMITH_IRA, BND, "200", "14000.00", "2023-05-05"),
                lot("L4", JONES_TAXABLE, VTI, "30", "7500.00", "2025-02-03"));
    }

    static TaxLot lot(String id, AccountId account, SecurityId security, String quantity, String basis,
            String acquired) {
        return new TaxLot(LotId.of(id), account, security, dec(quantity), dec(basis), LocalDate.parse(acquired));
    }

    static List<CashBalance> cash() {
        return List.of(new CashBalance(SMITH_TAXABLE, dec("1000.00")), new CashBalance(SMITH_IRA, dec("500.00")),
                new CashBalance(JONES_TAXABLE, dec("2000.00")));
    }

    static CustodianSnapshot snapshot() {
        return snapshot(AS_OF, lots(), cash());
    }

    static CustodianSnapshot snapshot(LocalDate asOf, List<TaxLot> lots, List<CashBalance> cash) {
        return new CustodianSnapshot("SCHWAB", asOf, accounts(), securities(), lots, cash,
                List.of(new Price(VTI, dec("300.00"), asOf), new Price(BND, dec("72.50"), asOf),
                        new Price(VXUS, dec("65.00"), asOf)));
    }

    static List<Security> securities() {
        return List.of(new Security(VTI, "922908769", "Vanguard Total Stock Market ETF", "US_EQUITY"),
                new Security(BND, "921937835", "Vanguard Total Bond Market ETF", "US_BOND"),
                new Security(VXUS, null, "Vanguard Total International Stock ETF", "INTL_EQUITY"));
    }

    static Explanation explanation(String... notes) {
        return new Explanation(dec("0.05"), dec("0.01"), dec("0.031"), dec("0.004"), dec("-120.00"), dec("300.00"),
                dec("22.44"), dec("120.00"), dec("480.00"), List.of(notes));
    }

    static Proposal proposal(HouseholdId household, ProposedTrade... trades) {
        return new Proposal(household, TRADE_DATE, List.of(trades), explanation("rebalanced"));
    }

    static Proposal smithBuysVxus() {
        return proposal(SMITH, buy(SMITH_TAXABLE, VXUS, "30"), buy(SMITH_IRA, VXUS, "10"));
    }

    /** A fresh database holding the fixture book and the given proposals. */
    static DataSource bookWithProposals(Database database, Proposal... proposals) {
        DataSource dataSource = database.fresh();
        long batch = new BookLoader(dataSource, CLOCK).load(snapshot(), "f.csv", "sha").batchId();
        ProposalStore store = new ProposalStore(dataSource, CLOCK);
        for (Proposal proposal : proposals) {
            store.save(batch, proposal);
        }
        return dataSource;
    }

    /** The household as the optimizer would see it on the trade date, against {@link #MODEL}. */
    static HouseholdSnapshot household(DataSource dataSource, HouseholdId household) {
        return new HouseholdSnapshots(dataSource).read(household, MODEL, TRADE_DATE, 30);
    }

    static ProposedTrade buy(AccountId account, SecurityId security, String quantity) {
        return new ProposedTrade(account, security, Side.BUY, dec(quantity), List.of());
    }

    static ProposedTrade sell(AccountId account, SecurityId security, String quantity, LotPick... picks) {
        return new ProposedTrade(account, security, Side.SELL, dec(quantity), List.of(picks));
    }

    static LotPick pick(String lot, String quantity) {
        return new LotPick(LotId.of(lot), dec(quantity));
    }

    static ExecutionReport report(ClOrdId order, String execId, ExecutionType type, OrderStatus status,
            String lastQty, String lastPx, String cumQty, String avgPx, String leaves) {
        return new ExecutionReport(order, null, execId, null, type, status, dec(lastQty), dec(lastPx), dec(cumQty),
                dec(avgPx), dec(leaves), BigDecimal.ZERO, null, CLOCK.instant(), null);
    }

    /** Reports the block filled at once at {@code price}. */
    static ExecutionReport filled(ClOrdId order, BigDecimal quantity, String price) {
        return new ExecutionReport(order, null, order + "-fill", null, ExecutionType.TRADE, OrderStatus.FILLED,
                quantity, dec(price), quantity, dec(price), BigDecimal.ZERO, BigDecimal.ZERO, null, CLOCK.instant(),
                null);
    }
}
