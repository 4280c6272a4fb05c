package io.ballast.domain;

/** A model portfolio. */
public record ModelId(String value) implements Comparable<ModelId> {
    public ModelId {
        Require.text(value, "model id");
    }

    public static ModelId of(String value) {
        return new ModelId(value);
    }

    @Override
    public int compareTo(ModelId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
