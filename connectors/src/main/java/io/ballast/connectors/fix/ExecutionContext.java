package io.ballast.connectors.fix;

/** What a DontKnowTrade must repeat of the execution it refuses, which the domain report does not carry. */
record ExecutionContext(String orderId, String symbol, char side) {
}
