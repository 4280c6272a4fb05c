package io.ballast.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One transaction a custodian reports for an account. {@code security} is null for pure cash movements; quantity
 * is zero for them. {@code amount} is the net cash effect, signed as the custodian reports it.
 */
public record CustodianTransaction(AccountId account, SecurityId security, TransactionType type, LocalDate tradeDate,
        LocalDate settleDate, BigDecimal quantity, BigDecimal amount, String reference) {
    public CustodianTransaction {
        Require.present(account, "account of transaction");
        Require.present(type, "type of transaction");
        Require.present(tradeDate, "trade date of transaction");
        Require.nonNegative(quantity, "quantity of transaction");
        Require.present(amount, "amount of transaction");
        if (settleDate != null && settleDate.isBefore(tradeDate)) {
            throw new IllegalArgumentException("transaction settles " + settleDate + ", before its trade date "
                    + tradeDate);
        }
    }
}
