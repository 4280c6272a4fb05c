package io.ballast.domain;

/** Short or long term, for the tax rate on a realised gain. */
public enum HoldingTerm {
    SHORT,
    LONG
}
