package io.ballast.domain;

public enum OrderType {
    MARKET,
    LIMIT
}
