package io.ballast.domain;

public enum Side {
    BUY,
    SELL
}
