package io.ballast.ledger;

import io.ballast.domain.Decimals;
import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.CustodianSnapshot.Scope;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.Price;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.Require;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a custodian's snapshot into the ledger: reconciles it against what the ledger expected, then makes it the
 * book of its accounts. One file, one transaction; a file seen before (same checksum) changes nothing.
 */
public final class BookLoader {
    private static final Logger LOG = LoggerFactory.getLogger(BookLoader.class);
    private static final int BATCH_SIZE = 1000;
    /** Identifiers per {@code IN (...)} query. */
    private static final int IN_LIST_SIZE = 500;

    private final Transactions transactions;
    private final Clock clock;
    private final Reconciler reconciler;
    private final SettlementCalendar settlement;

    public BookLoader(DataSource dataSource, Clock clock, ReconTolerances tolerances, SettlementCalendar settlement) {
        this.transactions = new Transactions(dataSource);
        this.clock = Require.present(clock, "clock");
        this.reconciler = new Reconciler(tolerances);
        this.settlement = Require.present(settlement, "settlement calendar");
    }

    public BookLoader(DataSource dataSource, Clock clock) {
        this(dataSource, clock, ReconTolerances.DEFAULT, SettlementCalendar.T_PLUS_ONE);
    }

    public LoadResult load(CustodianSnapshot snapshot, String fileName, String checksum) {
        return load(snapshot, fileName, checksum, List.of());
    }

    /**
     * Loads a snapshot read under the quarantine policy: {@code quarantined} are the rows left out of it, recorded
     * with the batch.
     */
    public LoadResult load(CustodianSnapshot snapshot, String fileName, String checksum,
            List<ParseFailure> quarantined) {
        Require.present(snapshot, "snapshot");
        Require.text(fileName, "file name");
        Require.text(checksum, "checksum of " + fileName);
        requireOwnAccounts(snapshot, fileName);
        return transactions.inTransaction("Loading " + fileName, sql -> {
            Optional<LoadResult> earlier = earlierLoad(sql, checksum);
            if (earlier.isPresent()) {
                LOG.info("{} was loaded before as batch {}; nothing to do", fileName, earlier.get().batchId());
                return earlier.get();
            }
            boolean replacesBook = snapshot.scope() != Scope.TRANSACTIONS;
            Map<AccountId, LocalDate> held = heldAccounts(sql, snapshot.accounts());
            if (replacesBook) {
                refuseIfOlder(held, snapshot, fileName);
            }
            List<ReconBreak> breaks = replacesBook ? reconcile(sql, snapshot, held.keySet()) : List.of();
            long batchId = store(sql, snapshot, fileName, checksum, breaks, quarantined, held.keySet());
            long errors = breaks.stream().filter(b -> b.type().isError()).count();
            LOG.info("Loaded {} as batch {}: {} accounts, {} lots, {} transactions, {} rows quarantined, {} breaks,"
                    + " {} timing differences", fileName, batchId, snapshot.accounts().size(), snapshot.lots().size(),
                    snapshot.transactions().size(), quarantined.size(), errors, breaks.size() - errors);
            List<HouseholdId> households = snapshot.accounts().stream().map(Account::household).distinct().toList();
            return new LoadResult(batchId, snapshot.asOf(), households, snapshot.accounts().size(),
                    snapshot.lots().size(), breaks, false);
        });
    }

    private static void requireOwnAccounts(CustodianSnapshot snapshot, String fileName) {
        Set<AccountId> accounts = new TreeSet<>();
        snapshot.accounts().forEach(account -> accounts.add(account.id()));
        for (TaxLot lot : snapshot.lots()) {
            if (!accounts.contains(lot.account())) {
                throw new IllegalArgumentException(fileName + ": lot " + lot.id() + " is in account " + lot.account()
                        + ", which the file does not list");
            }
        }
        for (CashBalance cash : snapshot.cash()) {
            if (!accounts.contains(cash.account())) {
                throw new IllegalArgumentException(fileName + ": cash of account " + cash.account()
                        + ", which the file does not list");
            }
        }
    }

    private static Optional<LoadResult> earlierLoad(Sql sql, String checksum) throws SQLException {
        Optional<LoadResult> batch = sql.first(
                "SELECT id, as_of, account_count, lot_count FROM import_batch WHERE checksum = ?",
                rs -> new LoadResult(rs.getLong("id"), Sql.date(rs, "as_of"), List.of(), rs.getInt("account_count"),
                        rs.getInt("lot_count"), List.of(), true), checksum);
        if (batch.isEmpty()) {
            return batch;
        }
        LoadResult found = batch.get();
        return Optional.of(new LoadResult(found.batchId(), found.asOf(),
                HouseholdSnapshots.householdsOfBatch(sql, found.batchId()), found.accounts(), found.lots(),
                ReconBreaks.ofBatch(sql, found.batchId()), true));
    }

    /** The as-of dates of those of the accounts the ledger already holds, read a chunk of accounts at a time. */
    private static Map<AccountId, LocalDate> heldAccounts(Sql sql, List<Account> accounts) throws SQLException {
        Map<AccountId, LocalDate> held = new HashMap<>();
        for (List<AccountId> chunk : chunks(accounts.stream().map(Account::id).toList())) {
            for (Map.Entry<AccountId, LocalDate> account : sql.list("SELECT id, as_of FROM account WHERE id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rs -> Map.entry(AccountId.of(rs.getString("id")),
                            Sql.date(rs, "as_of")), chunk.toArray())) {
                held.put(account.getKey(), account.getValue());
            }
        }
        return held;
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += IN_LIST_SIZE) {
            chunks.add(items.subList(from, Math.min(items.size(), from + IN_LIST_SIZE)));
        }
        return chunks;
    }

    private static void refuseIfOlder(Map<AccountId, LocalDate> held, CustodianSnapshot snapshot, String fileName) {
        for (Account account : snapshot.accounts()) {
            LocalDate heldAsOf = held.get(account.id());
            if (heldAsOf != null && heldAsOf.isAfter(snapshot.asOf())) {
                throw new LoadRefusedException(fileName + " is as of " + snapshot.asOf() + ", but the ledger already"
                        + " holds account " + account.id() + " as of " + heldAsOf + "; an older file cannot replace"
                        + " a newer book");
            }
        }
    }

    private List<ReconBreak> reconcile(Sql sql, CustodianSnapshot snapshot, Set<AccountId> held) throws SQLException {
        Map<AccountId, List<TaxLot>> reported = new HashMap<>();
        snapshot.lots().forEach(lot -> reported.computeIfAbsent(lot.account(), a -> new ArrayList<>()).add(lot));
        Map<AccountId, BigDecimal> reportedCash = new HashMap<>();
        snapshot.cash().forEach(cash -> reportedCash.merge(cash.account(), cash.amount(), BigDecimal::add));

        List<ReconBreak> breaks = new ArrayList<>();
        for (AccountId account : held.stream().sorted().toList()) {
            AccountBook expected = expectedBook(sql, account);
            // a statement of holdings says nothing of cash: the ledger's cash stands
            BigDecimal cash = snapshot.scope() == Scope.HOLDINGS ? expected.cash()
                    : Numbers.plain(Decimals.money(reportedCash.getOrDefault(account, BigDecimal.ZERO)));
            AccountBook actual = new AccountBook(account, reported.getOrDefault(account, List.of()), cash);
            breaks.addAll(reconciler.reconcile(expected, actual, unsettled(sql, account, snapshot.asOf())));
        }
        return breaks;
    }

    /** The ledger's book of an account it already holds: its open lots and cash. */
    private static AccountBook expectedBook(Sql sql, AccountId account) throws SQLException {
        BigDecimal cash = sql.first("SELECT amount FROM cash_balance WHERE account_id = ?",
                rs -> rs.getBigDecimal("amount"), account).orElse(BigDecimal.ZERO);
        return new AccountBook(account, TaxLots.ofAccounts(sql, List.of(account)), Numbers.plain(Decimals.money(cash)));
    }

    /** The account's allocations that settle after the custodian's as-of date. */
    /** The account's allocations not settled by {@code asOf} (every trade date from the earliest unsettled one). */
    private List<UnsettledTrade> unsettled(Sql sql, AccountId account, LocalDate asOf) throws SQLException {
        return sql.list("SELECT security_id, side, quantity, avg_price, commission, trade_date"
                + " FROM allocation WHERE account_id = ? AND trade_date >= ? ORDER BY trade_date, id",
                rs -> {
                    LocalDate tradeDate = Sql.date(rs, "trade_date");
                    BigDecimal quantity = Numbers.plain(rs.getBigDecimal("quantity"));
                    Side side = Side.valueOf(rs.getString("side"));
                    // what the allocation posted to cash: the cost or the proceeds net of the commission
                    BigDecimal commission = rs.getBigDecimal("commission");
                    BigDecimal cash = side == Side.BUY
                            ? AllocationPosting.cost(quantity, rs.getBigDecimal("avg_price"), commission)
                            : Decimals.money(quantity.multiply(rs.getBigDecimal("avg_price"))).subtract(commission);
                    return new UnsettledTrade(SecurityId.of(rs.getString("security_id")), side, quantity, cash,
                            tradeDate, settlement.settlementDate(tradeDate));
                }, account, settlement.earliestUnsettledTradeDate(asOf));
    }

    private long store(Sql sql, CustodianSnapshot snapshot, String fileName, String checksum,
            List<ReconBreak> breaks, List<ParseFailure> quarantined, Set<AccountId> held) throws SQLException {
        long batchId = sql.insert("INSERT INTO import_batch (custodian, file_name, checksum, as_of, account_count,"
                + " lot_count, break_count, loaded_at, row_count, quarantined_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", snapshot.custodian(), fileName, checksum, snapshot.asOf(),
                snapshot.accounts().size(), snapshot.lots().size(), breaks.stream().filter(b -> b.type().isError())
                        .count(), clock.instant(), snapshot.rowCount(), quarantined.size());
        for (Security security : snapshot.securities()) {
            upsertSecurity(sql, security);
        }
        for (Price price : snapshot.prices()) {
            if (sql.update("UPDATE price SET price = ? WHERE security_id = ? AND as_of = ?", price.price(),
                    price.security(), price.asOf()) == 0) {
                sql.update("INSERT INTO price (security_id, as_of, price) VALUES (?, ?, ?)", price.security(),
                        price.asOf(), price.price());
            }
        }
        requireKnownSecurities(sql, snapshot, fileName);
        // One statement per account would be a round trip per account: tens of thousands in a large file.
        List<Account> heldAccounts = snapshot.accounts().stream().filter(a -> held.contains(a.id())).toList();
        if (snapshot.scope() != Scope.TRANSACTIONS) {
            upsertAccounts(sql, snapshot.accounts(), held, snapshot.asOf());
            // the custodian's snapshot becomes the book of the account; an account new to the ledger has none
            sql.batch("DELETE FROM tax_lot WHERE account_id = ?", () -> heldAccounts.stream()
                    .map(a -> new Object[] {a.id()}).iterator(), BATCH_SIZE);
        }
        if (snapshot.scope() == Scope.BOOK) {
            sql.batch("DELETE FROM cash_balance WHERE account_id = ?", () -> heldAccounts.stream()
                    .map(a -> new Object[] {a.id()}).iterator(), BATCH_SIZE);
        }
        sql.batch("INSERT INTO batch_account (batch_id, account_id) VALUES (?, ?)", () -> snapshot.accounts()
                .stream().map(a -> new Object[] {batchId, a.id()}).iterator(), BATCH_SIZE);
        IntakeProgress progress = new IntakeProgress(fileName, clock::instant);
        sql.bulkInsert("tax_lot", TaxLots.COLUMNS, () -> snapshot.lots().stream().map(lot -> {
            progress.row();
            return TaxLots.parameters(lot);
        }).iterator());
        progress.done();
        Map<AccountId, BigDecimal> cash = new HashMap<>();
        snapshot.cash().forEach(balance -> cash.merge(balance.account(), balance.amount(), BigDecimal::add));
        sql.batch("INSERT INTO cash_balance (account_id, amount) VALUES (?, ?)", () -> cash.entrySet().stream()
                .map(balance -> new Object[] {balance.getKey(), Decimals.money(balance.getValue())}).iterator(),
                BATCH_SIZE);
        sql.batch("INSERT INTO custodian_transaction (batch_id, account_id, security_id, type, trade_date,"
                + " settle_date, quantity, amount, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                () -> snapshot.transactions().stream().map(t -> new Object[] {batchId, t.account(), t.security(),
                        t.type(), t.tradeDate(), t.settleDate(), t.quantity(), Decimals.money(t.amount()),
                        t.reference()}).iterator(), BATCH_SIZE);
        sql.batch("INSERT INTO quarantined_row (batch_id, file_name, line, field, reason) VALUES (?, ?, ?, ?, ?)",
                () -> quarantined.stream().map(f -> new Object[] {batchId, f.file(), f.line(), f.field(),
                        f.reason().substring(0, Math.min(1024, f.reason().length()))}).iterator(), BATCH_SIZE);
        for (ReconBreak found : breaks) {
            sql.update("INSERT INTO recon_break (batch_id, account_id, security_id, break_type, expected, actual,"
                    + " detail) VALUES (?, ?, ?, ?, ?, ?, ?)", batchId, found.account(), found.security(),
                    found.type(), found.expected(), found.actual(), found.detail());
        }
        return batchId;
    }

    private static void upsertSecurity(Sql sql, Security security) throws SQLException {
        // an identifier the file does not give is kept as the master knows it
        if (sql.update("UPDATE security SET cusip = COALESCE(CAST(? AS VARCHAR(12)), cusip),"
                + " isin = COALESCE(CAST(? AS VARCHAR(12)), isin), name = ?, asset_class = ? WHERE id = ?",
                security.cusip(), security.isin(), security.name(), security.assetClass(), security.id()) == 0) {
            sql.update("INSERT INTO security (id, cusip, isin, name, asset_class) VALUES (?, ?, ?, ?, ?)",
                    security.id(), security.cusip(), security.isin(), security.name(), security.assetClass());
        }
    }

    /**
     * Refuses lots of a security the ledger does not know, once for the whole file: the lot table leaves that check
     * to its writers (V12_1).
     */
    private static void requireKnownSecurities(Sql sql, CustodianSnapshot snapshot, String fileName)
            throws SQLException {
        Set<SecurityId> missing = new TreeSet<>();
        snapshot.lots().forEach(lot -> missing.add(lot.security()));
        for (List<SecurityId> chunk : chunks(List.copyOf(missing))) {
            sql.list("SELECT id FROM security WHERE id IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> SecurityId.of(rs.getString("id")), chunk.toArray()).forEach(missing::remove);
        }
        if (!missing.isEmpty()) {
            throw new LoadRefusedException(fileName + ": lots of securities neither the file nor the security master"
                    + " define: " + missing);
        }
    }

    private static void upsertAccounts(Sql sql, List<Account> accounts, Set<AccountId> held, LocalDate asOf)
            throws SQLException {
        Set<HouseholdId> households = new TreeSet<>();
        accounts.forEach(account -> households.add(account.household()));
        for (List<HouseholdId> chunk : chunks(List.copyOf(households))) {
            sql.list("SELECT id FROM household WHERE id IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> HouseholdId.of(rs.getString("id")), chunk.toArray()).forEach(households::remove);
        }
        sql.batch("INSERT INTO household (id) VALUES (?)", () -> households.stream()
                .map(household -> new Object[] {household}).iterator(), BATCH_SIZE);
        sql.batch("UPDATE account SET household_id = ?, account_type = ?, custodian = ?, as_of = ? WHERE id = ?",
                () -> accounts.stream().filter(a -> held.contains(a.id())).map(a -> new Object[] {a.household(),
                    a.type(), a.custodian(), asOf, a.id()}).iterator(), BATCH_SIZE);
        sql.batch("INSERT INTO account (id, household_id, account_type, custodian, as_of) VALUES (?, ?, ?, ?, ?)",
                () -> accounts.stream().filter(a -> !held.contains(a.id())).map(a -> new Object[] {a.id(),
                    a.household(), a.type(), a.custodian(), asOf}).iterator(), BATCH_SIZE);
    }
}
