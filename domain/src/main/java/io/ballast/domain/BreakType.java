package io.ballast.domain;

/** Kinds of difference between the ledger's expected book and the custodian's. */
public enum BreakType {
    /** Both hold the security, in different quantities. */
    QUANTITY,
    /** The ledger expects a position the custodian does not report. */
    MISSING_AT_CUSTODIAN,
    /** The custodian reports a position the ledger does not expect. */
    MISSING_IN_LEDGER,
    /** The position matches, but the shares acquired on one day differ: the lots carry other acquisition dates. */
    LOT_DATE,
    /** The shares acquired on one day match, their cost basis does not. */
    LOT_BASIS,
    /** Cash differs. */
    CASH,
    /**
     * A quantity or cash difference that the ledger's trades not yet settled at the custodian's as-of date explain
     * exactly: it goes away when they settle, so it is reported but is no error.
     */
    TIMING;

    /** Whether the difference is an error that keeps the household from trading. */
    public boolean isError() {
        return this != TIMING;
    }
}
