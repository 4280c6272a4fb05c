package io.ballast.domain;

import java.math.BigDecimal;

/** A difference between the ledger and the custodian for one account (and security; null for cash). */
public record ReconBreak(AccountId account, SecurityId security, BreakType type, BigDecimal expected,
        BigDecimal actual) {
    public ReconBreak {
        Require.present(account, "account of break");
        Require.present(type, "type of break");
        Require.present(expected, "expected value of break");
        Require.present(actual, "actual value of break");
        if ((security == null) != (type == BreakType.CASH)) {
            throw new IllegalArgumentException("a cash break has no security; every other break has one");
        }
    }

    public BigDecimal difference() {
        return actual.subtract(expected);
    }
}
