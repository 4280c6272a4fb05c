package io.ballast.domain;

/** What a custodian transaction did; the custodians' own codes map onto these through a code table. */
public enum TransactionType {
    BUY,
    SELL,
    DIVIDEND,
    INTEREST,
    DEPOSIT,
    WITHDRAWAL,
    FEE,
    TRANSFER_IN,
    TRANSFER_OUT
}
