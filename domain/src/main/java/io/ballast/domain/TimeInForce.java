package io.ballast.domain;

/** How long an order works at the counterparty. */
public enum TimeInForce {
    DAY,
    GOOD_TILL_CANCEL,
    IMMEDIATE_OR_CANCEL,
    FILL_OR_KILL
}
