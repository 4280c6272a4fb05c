package io.ballast.domain;

import java.math.BigDecimal;

/**
 * A difference between the ledger and the custodian for one account: in one security, or in cash when the security
 * is null. Expected and actual are shares, except for cash and lot basis breaks (dollars). The detail says what a
 * lot or timing break is about (the acquisition date, the unsettled trades); it is empty for the others.
 */
public record ReconBreak(AccountId account, SecurityId security, BreakType type, BigDecimal expected,
        BigDecimal actual, String detail) {
    public ReconBreak {
        Require.present(account, "account of break");
        Require.present(type, "type of break");
        Require.present(expected, "expected value of break");
        Require.present(actual, "actual value of break");
        detail = detail == null ? "" : detail;
        if (type == BreakType.CASH && security != null || type != BreakType.CASH && type != BreakType.TIMING
                && security == null) {
            throw new IllegalArgumentException("a cash break has no security; every other break but timing has one");
        }
    }

    public ReconBreak(AccountId account, SecurityId security, BreakType type, BigDecimal expected,
            BigDecimal actual) {
        this(account, security, type, expected, actual, "");
    }

    public BigDecimal difference() {
        return actual.subtract(expected);
    }
}
