package io.ballast.domain;

/** A client order id: unique forever, persisted with the order before it is sent. */
public record ClOrdId(String value) implements Comparable<ClOrdId> {
    public ClOrdId {
        Require.text(value, "ClOrdID");
    }

    public static ClOrdId of(String value) {
        return new ClOrdId(value);
    }

    @Override
    public int compareTo(ClOrdId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
