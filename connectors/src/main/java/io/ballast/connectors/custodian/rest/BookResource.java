package io.ballast.connectors.custodian.rest;

import java.util.List;
import java.util.Locale;

/** The parts of a custodian's book a REST API serves, each as its own paged resource, and their fields. */
public enum BookResource {
    ACCOUNTS(List.of("id", "household", "type")),
    SECURITIES(List.of("symbol", "cusip", "name", "assetClass")),
    PRICES(List.of("symbol", "price")),
    LOTS(List.of("account", "id", "symbol", "quantity", "costBasis", "acquired")),
    CASH(List.of("account", "amount"));

    private final List<String> fields;

    BookResource(List<String> fields) {
        this.fields = fields;
    }

    /** The fields a record of this resource is read into, as they are named in a mapping. */
    public List<String> fields() {
        return fields;
    }

    /** The resource's name in a mapping: {@code accounts}, {@code lots}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
