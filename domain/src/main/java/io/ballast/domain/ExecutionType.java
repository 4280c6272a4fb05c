package io.ballast.domain;

/** What an execution report says happened (FIX ExecType, and ExecTransType in FIX 4.2, mapped at the edge). */
public enum ExecutionType {
    PENDING_NEW,
    NEW,
    TRADE,
    TRADE_CANCEL,
    TRADE_CORRECT,
    CANCELED,
    REPLACED,
    REJECTED,
    DONE_FOR_DAY,
    EXPIRED,
    ORDER_STATUS,
    /** The answer to a status request for an order the counterparty never received (OrdRejReason 5). */
    ORDER_UNKNOWN
}
