package io.ballast.domain;

/** A security as the firm identifies it in models and files (its ticker or symbol). */
public record SecurityId(String value) implements Comparable<SecurityId> {
    public SecurityId {
        Require.text(value, "security id");
    }

    public static SecurityId of(String value) {
        return new SecurityId(value);
    }

    @Override
    public int compareTo(SecurityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
