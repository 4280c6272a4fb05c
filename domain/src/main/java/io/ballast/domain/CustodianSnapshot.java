package io.ballast.domain;

import java.time.LocalDate;
import java.util.List;

/** One custodian's book as of the close of one day: the accounts, their lots and cash, securities and prices. */
public record CustodianSnapshot(String custodian, LocalDate asOf, List<Account> accounts, List<Security> securities,
        List<TaxLot> lots, List<CashBalance> cash, List<Price> prices) {
    public CustodianSnapshot {
        Require.text(custodian, "custodian");
        Require.present(asOf, "as-of date");
        accounts = List.copyOf(accounts);
        securities = List.copyOf(securities);
        lots = List.copyOf(lots);
        cash = List.copyOf(cash);
        prices = List.copyOf(prices);
    }
}
