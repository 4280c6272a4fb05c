package io.ballast.domain;

/** A household: the accounts of one family that are managed, and taxed for wash sales, together. */
public record HouseholdId(String value) implements Comparable<HouseholdId> {
    public HouseholdId {
        Require.text(value, "household id");
    }

    public static HouseholdId of(String value) {
        return new HouseholdId(value);
    }

    @Override
    public int compareTo(HouseholdId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
