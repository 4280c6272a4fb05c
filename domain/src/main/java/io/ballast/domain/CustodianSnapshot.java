package io.ballast.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One custodian's book as of the close of one day: the accounts, their lots and cash, securities and prices, and
 * the transactions the custodian reported with it. Its {@link Scope} says what of the accounts' book it replaces.
 */
public record CustodianSnapshot(String custodian, LocalDate asOf, List<Account> accounts, List<Security> securities,
        List<TaxLot> lots, List<CashBalance> cash, List<Price> prices, List<CustodianTransaction> transactions,
        Scope scope) {
    public enum Scope {
        /** Lots and cash: the whole book of its accounts. */
        BOOK,
        /** Lots only (a statement of holdings); the accounts' cash is left as it is. */
        HOLDINGS,
        /** Transactions only (a statement of transactions); the accounts' lots and cash are left as they are. */
        TRANSACTIONS
    }

    public CustodianSnapshot {
        Require.present(scope, "scope");
        Require.text(custodian, "custodian");
        Require.present(asOf, "as-of date");
        accounts = List.copyOf(accounts);
        securities = List.copyOf(securities);
        lots = List.copyOf(lots);
        cash = List.copyOf(cash);
        prices = List.copyOf(prices);
        transactions = List.copyOf(transactions);
    }

    public CustodianSnapshot(String custodian, LocalDate asOf, List<Account> accounts, List<Security> securities,
            List<TaxLot> lots, List<CashBalance> cash, List<Price> prices) {
        this(custodian, asOf, accounts, securities, lots, cash, prices, List.of(), Scope.BOOK);
    }

    /** Records of every kind it holds. */
    public int rowCount() {
        return accounts.size() + securities.size() + lots.size() + cash.size() + prices.size() + transactions.size();
    }
}
