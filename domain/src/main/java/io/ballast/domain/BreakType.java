package io.ballast.domain;

/** Kinds of difference between the ledger's expected book and the custodian's. */
public enum BreakType {
    /** Both hold the security, in different quantities. */
    QUANTITY,
    /** The ledger expects a position the custodian does not report. */
    MISSING_AT_CUSTODIAN,
    /** The custodian reports a position the ledger does not expect. */
    MISSING_IN_LEDGER,
    /** Cash differs. */
    CASH
}
