package io.ballast.connectors.custodian.mapping;

import io.ballast.connectors.custodian.ParseContext;
import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.CustodianTransaction;
import io.ballast.domain.Decimals;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.ParseFailure;
import io.ballast.domain.Price;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.SecurityIdentifier;
import io.ballast.domain.SecurityIdentifier.Scheme;
import io.ballast.domain.TaxLot;
import io.ballast.domain.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one snapshot from the rows of every member of a set, checking them against each other: accounts and
 * securities declared once, every security reference resolved (by the set's own securities, then the security
 * master; an unknown one is queued for review), lots adding up to their position, a cash balance for every
 * account. A row that fails a check is left out and reported.
 */
final class SetAssembler {
    private static final Logger LOG = LoggerFactory.getLogger(SetAssembler.class);
    private static final Map<String, Scheme> REFERENCES = new LinkedHashMap<>();

    static {
        REFERENCES.put("symbol", Scheme.TICKER);
        REFERENCES.put("cusip", Scheme.CUSIP);
        REFERENCES.put("isin", Scheme.ISIN);
    }

    private record Held(AccountId account, SecurityId security) {
    }

    private final String custodian;
    private final LocalDate asOf;
    private final ParseContext context;
    private final List<ParseFailure> failures;
    private final Map<AccountId, Account> accounts = new LinkedHashMap<>();
    private final Map<AccountId, MappedRow> accountRows = new HashMap<>();
    private final Map<SecurityId, Security> securities = new LinkedHashMap<>();
    private final Map<SecurityIdentifier, SecurityId> declared = new HashMap<>();
    private final Set<SecurityIdentifier> queued = new HashSet<>();
    private final Map<Held, MappedRow> firstLotRows = new HashMap<>();

    SetAssembler(String custodian, LocalDate asOf, ParseContext context, List<ParseFailure> failures) {
        this.custodian = custodian;
        this.asOf = asOf;
        this.context = context;
        this.failures = failures;
    }

    CustodianSnapshot assemble(Map<Entity, List<MappedRow>> rows) {
        List<MappedRow> all = rows.values().stream().flatMap(List::stream).toList();
        all.stream().filter(row -> row.has("household") && row.has("accountType")).forEach(this::declareAccount);
        rows.getOrDefault(Entity.SECURITY, List.of()).forEach(this::declareSecurity);
        rows.getOrDefault(Entity.POSITION, List.of()).stream().filter(row -> row.has("name") && row.has("assetClass"))
                .forEach(this::declareSecurity);

        Map<SecurityId, Price> prices = prices(rows);
        Map<Held, MappedRow> positions = positions(rows.getOrDefault(Entity.POSITION, List.of()));
        List<TaxLot> lots = lots(rows.getOrDefault(Entity.LOT, List.of()), prices);
        if (rows.containsKey(Entity.POSITION)) {
            lots = checkedAgainstPositions(lots, positions);
        }
        List<CashBalance> cash = cash(rows.getOrDefault(Entity.CASH, List.of()));
        List<CustodianTransaction> transactions = transactions(rows.getOrDefault(Entity.TRANSACTION, List.of()));
        return new CustodianSnapshot(custodian, asOf, List.copyOf(accounts.values()),
                List.copyOf(securities.values()), lots, cash, List.copyOf(prices.values()), transactions, CustodianSnapshot.Scope.BOOK);
    }

    private void declareAccount(MappedRow row) {
        AccountId id = AccountId.of(row.text("account"));
        Account account = new Account(id, HouseholdId.of(row.text("household")),
                (AccountType) row.value("accountType"), custodian);
        Account earlier = accounts.putIfAbsent(id, account);
        if (earlier == null) {
            accountRows.put(id, row);
        } else if (!earlier.equals(account)) {
            failure(row, "account", "account " + id + " is declared differently at " + where(accountRows.get(id)));
        }
    }

    private void declareSecurity(MappedRow row) {
        String symbol = row.text("symbol");
        String cusip = row.text("cusip");
        String isin = row.text("isin");
        String idText = symbol != null ? symbol : cusip != null ? cusip : isin;
        if (idText == null) {
            failure(row, "symbol", "a security needs a symbol, CUSIP or ISIN");
            return;
        }
        SecurityId id = SecurityId.of(idText);
        Security security = new Security(id, cusip, isin, row.text("name"), row.text("assetClass"));
        Security earlier = securities.putIfAbsent(id, security);
        if (earlier != null) {
            if (row.entity() == Entity.SECURITY) {
                failure(row, "symbol", "duplicate security " + id);
            }
            return;
        }
        for (Map.Entry<String, Scheme> reference : REFERENCES.entrySet()) {
            String value = row.text(reference.getKey());
            if (value != null) {
                declared.put(new SecurityIdentifier(reference.getValue(), value), id);
            }
        }
    }

    /** The security a row names, or empty (reported, and queued for review when nobody knows it). */
    private Optional<SecurityId> security(MappedRow row) {
        SecurityId found = null;
        String foundBy = null;
        for (Map.Entry<String, Scheme> reference : REFERENCES.entrySet()) {
            String value = row.text(reference.getKey());
            if (value == null) {
                continue;
            }
            SecurityIdentifier identifier = new SecurityIdentifier(reference.getValue(), value);
            Optional<SecurityId> resolved = Optional.ofNullable(declared.get(identifier))
                    .or(() -> context.securities().resolve(identifier));
            if (resolved.isEmpty()) {
                if (queued.add(identifier)) {
                    context.securities().queueForReview(identifier, row.file(), row.line(), custodian);
                }
                failure(row, reference.getKey(), "unknown security " + identifier
                        + ": neither this set nor the security master knows it; queued for review");
                return Optional.empty();
            }
            if (found != null && !found.equals(resolved.get())) {
                failure(row, reference.getKey(), identifier + " is security " + resolved.get() + ", but the "
                        + foundBy + " names " + found);
                return Optional.empty();
            }
            found = resolved.get();
            foundBy = reference.getKey();
        }
        if (found == null) {
            failure(row, "symbol", "the row names no security");
        }
        return Optional.ofNullable(found);
    }

    private Optional<AccountId> account(MappedRow row) {
        AccountId id = AccountId.of(row.text("account"));
        if (!accounts.containsKey(id)) {
            failure(row, "account", "account " + id.masked() + " is not declared anywhere in the set");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private Map<SecurityId, Price> prices(Map<Entity, List<MappedRow>> rows) {
        Map<SecurityId, Price> prices = new LinkedHashMap<>();
        List<MappedRow> priced = new ArrayList<>(rows.getOrDefault(Entity.PRICE, List.of()));
        rows.getOrDefault(Entity.POSITION, List.of()).stream().filter(row -> row.has("price")).forEach(priced::add);
        for (MappedRow row : priced) {
            BigDecimal price = row.decimal("price");
            if (price.signum() <= 0) {
                failure(row, "price", "must be positive, was " + price.toPlainString());
                continue;
            }
            Optional<SecurityId> security = security(row);
            if (security.isEmpty()) {
                continue;
            }
            Price earlier = prices.putIfAbsent(security.get(), new Price(security.get(), price, asOf));
            if (earlier != null && earlier.price().compareTo(price) != 0) {
                failure(row, "price", "a second, different price for " + security.get() + ": "
                        + price.toPlainString() + " after " + earlier.price().toPlainString());
            }
        }
        return prices;
    }

    private Map<Held, MappedRow> positions(List<MappedRow> rows) {
        Map<Held, MappedRow> positions = new LinkedHashMap<>();
        for (MappedRow row : rows) {
            Optional<AccountId> account = account(row);
            Optional<SecurityId> security = security(row);
            if (account.isEmpty() || security.isEmpty()) {
                continue;
            }
            if (!nonNegative(row, "quantity") || (row.has("settledQuantity") && !nonNegative(row, "settledQuantity"))) {
                continue;
            }
            MappedRow earlier = positions.putIfAbsent(new Held(account.get(), security.get()), row);
            if (earlier != null) {
                failure(row, "symbol", "a second position in " + security.get() + " for account "
                        + account.get().masked() + ", first at " + where(earlier));
            }
        }
        return positions;
    }

    private List<TaxLot> lots(List<MappedRow> rows, Map<SecurityId, Price> prices) {
        List<TaxLot> lots = new ArrayList<>(rows.size());
        Set<LotId> ids = new HashSet<>();
        Map<String, Integer> ordinals = new HashMap<>();
        Set<SecurityId> reportedUnpriced = new HashSet<>();
        for (MappedRow row : rows) {
            Optional<AccountId> account = account(row);
            Optional<SecurityId> security = security(row);
            if (account.isEmpty() || security.isEmpty()) {
                continue;
            }
            BigDecimal quantity = row.decimal("quantity");
            if (quantity.signum() <= 0) {
                failure(row, "quantity", "a tax lot must hold a positive quantity, was " + quantity.toPlainString());
                continue;
            }
            BigDecimal basis = row.has("costBasis") ? row.decimal("costBasis")
                    : row.has("unitCost") ? Decimals.money(row.decimal("unitCost").multiply(quantity)) : null;
            if (basis == null) {
                failure(row, "costBasis", "the lot has no cost basis");
                continue;
            }
            if (basis.signum() < 0) {
                failure(row, row.has("costBasis") ? "costBasis" : "unitCost", "must not be negative, was "
                        + basis.toPlainString());
                continue;
            }
            LocalDate acquired = row.date("acquired");
            if (acquired.isAfter(asOf)) {
                failure(row, "acquired", acquired + " is after the set's as-of date " + asOf);
                continue;
            }
            LotId id = row.has("lotId") ? LotId.of(row.text("lotId")) : generatedId(account.get(), security.get(),
                    acquired, ordinals);
            if (!ids.add(id)) {
                failure(row, "lotId", "duplicate lot " + id);
                continue;
            }
            if (!prices.containsKey(security.get())) {
                if (reportedUnpriced.add(security.get())) {
                    failure(row, "symbol", "no price for held security " + security.get());
                }
                continue;
            }
            firstLotRows.putIfAbsent(new Held(account.get(), security.get()), row);
            lots.add(new TaxLot(id, account.get(), security.get(), quantity, basis, acquired));
        }
        return lots;
    }

    /** A custodian that gives no lot ids: account, security, date and a running number keep them stable. */
    private static LotId generatedId(AccountId account, SecurityId security, LocalDate acquired,
            Map<String, Integer> ordinals) {
        String key = account.value() + "/" + security.value() + "/" + acquired;
        return LotId.of(key + "/" + ordinals.merge(key, 1, Integer::sum));
    }

    /** Lots must add up to their position's trade-date quantity; a break leaves out that position's lots. */
    private List<TaxLot> checkedAgainstPositions(List<TaxLot> lots, Map<Held, MappedRow> positions) {
        Map<Held, BigDecimal> sums = new LinkedHashMap<>();
        for (TaxLot lot : lots) {
            sums.merge(new Held(lot.account(), lot.security()), lot.quantity(), BigDecimal::add);
        }
        Set<Held> broken = new HashSet<>();
        for (Map.Entry<Held, MappedRow> position : positions.entrySet()) {
            BigDecimal quantity = position.getValue().decimal("quantity");
            BigDecimal sum = sums.getOrDefault(position.getKey(), BigDecimal.ZERO);
            if (sum.compareTo(quantity) != 0) {
                mismatch(position.getValue(), "lots of account " + position.getKey().account().masked() + " in "
                        + position.getKey().security() + " add up to " + sum.toPlainString() + ", the position is "
                        + quantity.toPlainString(), position.getKey(), broken);
            }
        }
        for (Held held : sums.keySet()) {
            if (!positions.containsKey(held)) {
                mismatch(firstLotRows.get(held), "account " + held.account().masked() + " has lots of "
                        + held.security() + " (" + sums.get(held).toPlainString() + ") but no position", held, broken);
            }
        }
        return broken.isEmpty() ? lots
                : lots.stream().filter(lot -> !broken.contains(new Held(lot.account(), lot.security()))).toList();
    }

    private void mismatch(MappedRow row, String reason, Held held, Set<Held> broken) {
        if (context.lotMismatch() == ParseContext.LotMismatch.BREAK) {
            failure(row, "quantity", reason);
            broken.add(held);
        } else {
            LOG.warn("{}: {}", where(row), reason);
        }
    }

    private List<CashBalance> cash(List<MappedRow> rows) {
        Map<AccountId, CashBalance> cash = new LinkedHashMap<>();
        for (MappedRow row : rows) {
            Optional<AccountId> account = account(row);
            if (account.isEmpty()) {
                continue;
            }
            if (cash.putIfAbsent(account.get(), new CashBalance(account.get(), row.decimal("amount"))) != null) {
                failure(row, "account", "a second cash balance for account " + account.get().masked());
            }
        }
        for (AccountId account : accounts.keySet()) {
            if (!cash.containsKey(account)) {
                failure(accountRows.get(account), "amount", "account " + account.masked()
                        + " has no cash balance in the set");
            }
        }
        return List.copyOf(cash.values());
    }

    private List<CustodianTransaction> transactions(List<MappedRow> rows) {
        List<CustodianTransaction> transactions = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (MappedRow row : rows) {
            Optional<AccountId> account = account(row);
            boolean namesSecurity = REFERENCES.keySet().stream().anyMatch(row::has);
            Optional<SecurityId> security = namesSecurity ? security(row) : Optional.empty();
            if (account.isEmpty() || (namesSecurity && security.isEmpty())) {
                continue;
            }
            if (row.has("reference") && !references.add(row.text("reference"))) {
                failure(row, "reference", "duplicate transaction " + row.text("reference"));
                continue;
            }
            BigDecimal quantity = row.has("quantity") ? row.decimal("quantity").abs() : BigDecimal.ZERO;
            LocalDate settle = row.date("settleDate");
            if (settle != null && settle.isBefore(row.date("tradeDate"))) {
                failure(row, "settleDate", "settles " + settle + ", before its trade date " + row.date("tradeDate"));
                continue;
            }
            transactions.add(new CustodianTransaction(account.get(), security.orElse(null),
                    (TransactionType) row.value("type"), row.date("tradeDate"), settle, quantity, row.decimal("amount"),
                    row.text("reference")));
        }
        return transactions;
    }

    private boolean nonNegative(MappedRow row, String field) {
        if (row.decimal(field).signum() < 0) {
            failure(row, field, "must not be negative, was " + row.decimal(field).toPlainString());
            return false;
        }
        return true;
    }

    private void failure(MappedRow row, String field, String reason) {
        failures.add(new ParseFailure(row.file(), row.line(), field, reason));
    }

    private static String where(MappedRow row) {
        return row.file() + ":" + row.line();
    }
}
