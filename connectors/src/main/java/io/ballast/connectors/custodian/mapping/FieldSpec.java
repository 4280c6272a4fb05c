package io.ballast.connectors.custodian.mapping;

/**
 * Where one field sits in a record and how its text reads. Delimited layouts give the {@code column} (from 1);
 * fixed-width layouts give {@code start} (from 1) and {@code length}. {@code date} is a date pattern
 * ({@code yyyyMMdd}, {@code MM/dd/yyyy} ...); {@code table} names a code table the value is looked up in;
 * {@code impliedDecimals} places the decimal point in a number written without one; {@code grouping} allows
 * thousands separators. A field is required unless {@code optional}.
 */
public record FieldSpec(Integer column, Integer start, Integer length, String date, String table,
        Integer impliedDecimals, Boolean grouping, Boolean optional) {

    boolean isOptional() {
        return Boolean.TRUE.equals(optional);
    }

    boolean allowsGrouping() {
        return Boolean.TRUE.equals(grouping);
    }

    /** Where the field is, as an operator reads it in a failure report. */
    String position() {
        return column != null ? "column " + column : "positions " + start + "-" + (start + length - 1);
    }
}
