package io.ballast.domain;

import java.math.BigDecimal;

/** Settled cash in an account (may be negative only as the custodian reports a debit). */
public record CashBalance(AccountId account, BigDecimal amount) {
    public CashBalance {
        Require.present(account, "account of cash balance");
        Require.present(amount, "cash amount of account " + account);
    }
}
