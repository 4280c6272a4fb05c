package io.ballast.ledger;

import io.ballast.domain.BreakType;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Compares the book the ledger expects for an account with the one its custodian reports. */
public final class Reconciler {
    private final ReconTolerances tolerances;

    public Reconciler(ReconTolerances tolerances) {
        this.tolerances = java.util.Objects.requireNonNull(tolerances, "tolerances");
    }

    /** The breaks of one account, by security, then cash. A zero position counts as no position. */
    public List<ReconBreak> reconcile(AccountBook expected, AccountBook actual) {
        if (!expected.account().equals(actual.account())) {
            throw new IllegalArgumentException("cannot reconcile account " + expected.account() + " against "
                    + actual.account());
        }
        List<ReconBreak> breaks = new ArrayList<>();
        Set<SecurityId> securities = new TreeSet<>(expected.positions().keySet());
        securities.addAll(actual.positions().keySet());
        for (SecurityId security : securities) {
            BigDecimal ledger = expected.position(security);
            BigDecimal custodian = actual.position(security);
            if (ledger.subtract(custodian).abs().compareTo(tolerances.quantity()) <= 0) {
                continue;
            }
            BreakType type = custodian.signum() == 0 ? BreakType.MISSING_AT_CUSTODIAN
                    : ledger.signum() == 0 ? BreakType.MISSING_IN_LEDGER : BreakType.QUANTITY;
            breaks.add(new ReconBreak(expected.account(), security, type, ledger, custodian));
        }
        if (expected.cash().subtract(actual.cash()).abs().compareTo(tolerances.cash()) > 0) {
            breaks.add(new ReconBreak(expected.account(), null, BreakType.CASH, expected.cash(), actual.cash()));
        }
        return breaks;
    }
}
