package io.ballast.domain;

/** What the optimizer does with shares held of a screened security. */
public enum ScreenedHoldings {
    /** Sold in full, in every account, whatever the tax. */
    SELL,
    /** Kept as they are: neither bought nor sold. */
    HOLD
}
