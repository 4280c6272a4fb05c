package io.ballast.connectors.custodian.mapping;

import java.util.Set;

/**
 * What a data record becomes, with the fields it needs and the fields it may have. A security is named in a row by
 * any of {@code symbol}, {@code cusip} or {@code isin}. A row that carries {@code household} and
 * {@code accountType} also declares its account; a position that carries {@code name} and {@code assetClass}
 * declares its security, and one with a {@code price} prices it.
 */
public enum Entity {
    ACCOUNT(Set.of("account", "household", "accountType"), Set.of()),
    SECURITY(Set.of("name", "assetClass"), Set.of("symbol", "cusip", "isin")),
    PRICE(Set.of("price"), Set.of("symbol", "cusip", "isin")),
    POSITION(Set.of("account", "quantity"), Set.of("symbol", "cusip", "isin", "settledQuantity", "price", "name",
            "assetClass", "household", "accountType")),
    LOT(Set.of("account", "quantity", "acquired"), Set.of("symbol", "cusip", "isin", "lotId", "costBasis",
            "unitCost", "household", "accountType")),
    TRANSACTION(Set.of("account", "type", "tradeDate", "amount"), Set.of("symbol", "cusip", "isin", "settleDate",
            "quantity", "reference")),
    CASH(Set.of("account", "amount"), Set.of("household", "accountType"));

    static final Set<String> SECURITY_REFERENCES = Set.of("symbol", "cusip", "isin");

    private final Set<String> required;
    private final Set<String> optional;

    Entity(Set<String> required, Set<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    Set<String> required() {
        return required;
    }

    boolean allows(String field) {
        return required.contains(field) || optional.contains(field);
    }

    /** Whether a row of this entity must name a security. */
    boolean needsSecurity() {
        return this == PRICE || this == POSITION || this == LOT || this == SECURITY;
    }
}
