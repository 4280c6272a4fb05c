package io.ballast.ledger;

import io.ballast.domain.Decimals;
import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Model;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.Require;
import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Reads what the optimizer needs to know about a household from the book. */
public final class HouseholdSnapshots {
    private final Transactions transactions;
    private final Map<SecurityId, SecurityAttributes> configured;

    public HouseholdSnapshots(DataSource dataSource) {
        this(dataSource, Map.of());
    }

    /**
     * @param configured what the firm says of securities beyond the custodians' security master: tags (for screens)
     *                   and asset classes, which replace the book's where given
     */
    public HouseholdSnapshots(DataSource dataSource, Map<SecurityId, SecurityAttributes> configured) {
        this.transactions = new Transactions(dataSource);
        this.configured = Map.copyOf(configured);
    }

    /**
     * The household's accounts, open lots and cash; the latest price on or before the trade date of every security
     * it holds or its model targets; and its trades of the last {@code washSaleDays} days up to the trade date.
     *
     * @throws IllegalStateException when a needed security has no price
     */
    public HouseholdSnapshot read(HouseholdId household, Model model, LocalDate tradeDate, int washSaleDays) {
        return read(household, model, tradeDate, washSaleDays, Set.of());
    }

    /**
     * As {@link #read(HouseholdId, Model, LocalDate, int)}, with the prices of these other securities too where the
     * ledger has one (the substitutes a harvest may buy).
     */
    public HouseholdSnapshot read(HouseholdId household, Model model, LocalDate tradeDate, int washSaleDays,
            Set<SecurityId> alsoPriced) {
        Require.present(household, "household");
        Require.present(model, "model of " + household);
        Require.present(tradeDate, "trade date");
        if (washSaleDays < 0) {
            throw new IllegalArgumentException("wash-sale window must not be negative, was " + washSaleDays);
        }
        return transactions.inTransaction("Reading household " + household, sql -> {
            List<Account> accounts = sql.list("SELECT id, household_id, account_type, custodian FROM account"
                    + " WHERE household_id = ? ORDER BY id", rs -> new Account(AccountId.of(rs.getString("id")),
                            HouseholdId.of(rs.getString("household_id")),
                            AccountType.valueOf(rs.getString("account_type")), rs.getString("custodian")), household);
            if (accounts.isEmpty()) {
                throw new IllegalArgumentException("household " + household + " has no accounts in the ledger");
            }
            List<AccountId> ids = accounts.stream().map(Account::id).toList();
            List<TaxLot> lots = TaxLots.ofAccounts(sql, ids);
            Set<SecurityId> needed = new TreeSet<>(model.targets().keySet());
            lots.forEach(lot -> needed.add(lot.security()));
            Map<SecurityId, BigDecimal> prices = prices(sql, household, needed, tradeDate);
            for (SecurityId other : alsoPriced) {
                if (!prices.containsKey(other)) {
                    latestPrice(sql, other, tradeDate).ifPresent(price -> prices.put(other, price));
                }
            }
            return new HouseholdSnapshot(household, tradeDate, accounts, lots, cash(sql, ids), prices, model,
                    recentTrades(sql, ids, tradeDate.minusDays(washSaleDays), tradeDate), RiskModel.uncorrelated(),
                    attributes(sql, needed));
        });
    }

    /** Each security's asset class from the book, with the configured tags and asset class laid over it. */
    private Map<SecurityId, SecurityAttributes> attributes(Sql sql, Set<SecurityId> securities) throws SQLException {
        Map<SecurityId, SecurityAttributes> attributes = new HashMap<>();
        List<SecurityId> ids = List.copyOf(securities);
        for (var row : sql.list("SELECT id, asset_class FROM security WHERE id IN (" + Sql.placeholders(ids.size())
                + ")", rs -> Map.entry(SecurityId.of(rs.getString("id")), rs.getString("asset_class")),
                ids.toArray())) {
            attributes.put(row.getKey(), new SecurityAttributes(row.getValue(), Set.of()));
        }
        configured.forEach((security, given) -> {
            if (securities.contains(security)) {
                String assetClass = given.assetClass() != null ? given.assetClass()
                        : attributes.getOrDefault(security, SecurityAttributes.NONE).assetClass();
                attributes.put(security, new SecurityAttributes(assetClass, given.tags()));
            }
        });
        return attributes;
    }

    /** The households whose accounts a batch delivered, sorted. */
    public List<HouseholdId> householdsOfBatch(long batchId) {
        return transactions.inTransaction("Reading the households of batch " + batchId,
                sql -> householdsOfBatch(sql, batchId));
    }

    static List<HouseholdId> householdsOfBatch(Sql sql, long batchId) throws SQLException {
        return sql.list("SELECT DISTINCT a.household_id FROM batch_account b JOIN account a ON a.id = b.account_id"
                + " WHERE b.batch_id = ? ORDER BY a.household_id", rs -> HouseholdId.of(rs.getString(1)), batchId);
    }

    private static Map<AccountId, BigDecimal> cash(Sql sql, List<AccountId> accounts) throws SQLException {
        Map<AccountId, BigDecimal> cash = new HashMap<>();
        for (AccountId account : accounts) {
            cash.put(account, sql.first("SELECT amount FROM cash_balance WHERE account_id = ?",
                    rs -> Decimals.money(rs.getBigDecimal("amount")), account).orElse(Decimals.money(BigDecimal.ZERO)));
        }
        return cash;
    }

    private static Optional<BigDecimal> latestPrice(Sql sql, SecurityId security, LocalDate tradeDate)
            throws SQLException {
        return sql.first("SELECT price FROM price WHERE security_id = ? AND as_of <= ?"
                + " ORDER BY as_of DESC FETCH FIRST 1 ROWS ONLY", rs -> Numbers.plain(rs.getBigDecimal("price")),
                security, tradeDate);
    }

    private static Map<SecurityId, BigDecimal> prices(Sql sql, HouseholdId household, Set<SecurityId> securities,
            LocalDate tradeDate) throws SQLException {
        Map<SecurityId, BigDecimal> prices = new HashMap<>();
        for (SecurityId security : securities) {
            BigDecimal price = latestPrice(sql, security, tradeDate)
                    .orElseThrow(() -> new IllegalStateException("household " + household + ": no price of "
                            + security + " on or before " + tradeDate));
            prices.put(security, price);
        }
        return prices;
    }

    /** Buys from allocations and sales from the lots they closed (with their gains), oldest first. */
    private static List<RecentTrade> recentTrades(Sql sql, List<AccountId> accounts, LocalDate from, LocalDate to)
            throws SQLException {
        String marks = Sql.placeholders(accounts.size());
        List<Object> params = new ArrayList<>(accounts);
        params.add(from);
        params.add(to);
        List<RecentTrade> trades = new ArrayList<>(sql.list("SELECT account_id, security_id, trade_date, quantity"
                + " FROM allocation WHERE side = 'BUY' AND account_id IN (" + marks + ")"
                + " AND trade_date >= ? AND trade_date <= ?", rs -> new RecentTrade(
                        AccountId.of(rs.getString("account_id")), SecurityId.of(rs.getString("security_id")), Side.BUY,
                        Sql.date(rs, "trade_date"), Numbers.plain(rs.getBigDecimal("quantity")),
                        Decimals.money(BigDecimal.ZERO)), params.toArray()));
        trades.addAll(sql.list("SELECT account_id, security_id, trade_date, quantity, gain FROM realized_lot"
                + " WHERE account_id IN (" + marks + ") AND trade_date >= ? AND trade_date <= ?",
                rs -> new RecentTrade(AccountId.of(rs.getString("account_id")),
                        SecurityId.of(rs.getString("security_id")), Side.SELL, Sql.date(rs, "trade_date"),
                        Numbers.plain(rs.getBigDecimal("quantity")), Decimals.money(rs.getBigDecimal("gain"))),
                params.toArray()));
        trades.sort(Comparator.comparing(RecentTrade::tradeDate).thenComparing(RecentTrade::account)
                .thenComparing(RecentTrade::security).thenComparing(RecentTrade::side));
        return trades;
    }
}
