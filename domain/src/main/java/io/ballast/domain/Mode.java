package io.ballast.domain;

/** What the optimizer is asked to do for a household (see docs/optimizer.md, "Modes"). */
public enum Mode {
    /** Back towards the model at the lowest tax and cost, when drift is past the tolerance and trading pays. */
    REBALANCE,
    /** Year-round scan: sell loss lots whose harvest beats the risk added, buy replacements, nothing else. */
    HARVEST_ONLY,
    /** Raise each instructed account's amount in cash (a withdrawal), selling only, at the lowest tax and risk. */
    CASH_RAISE,
    /** Invest each instructed account's amount of cash (a deposit), buying only, at the lowest risk. */
    CASH_INVEST,
    /** Move to the snapshot's (new) model whatever the drift, within the policy's gains budget, which it needs. */
    TRANSITION,
    /** A rebalance computed and shown but never approved or sent: a dry run. */
    WHAT_IF;

    /** Whether the mode is driven by per-account cash amounts. */
    public boolean movesCash() {
        return this == CASH_RAISE || this == CASH_INVEST;
    }
}
