package io.ballast.domain;

/** A tax lot, unique within the ledger. */
public record LotId(String value) implements Comparable<LotId> {
    public LotId {
        Require.text(value, "lot id");
    }

    public static LotId of(String value) {
        return new LotId(value);
    }

    @Override
    public int compareTo(LotId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
