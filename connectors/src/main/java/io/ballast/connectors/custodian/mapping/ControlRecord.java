package io.ballast.connectors.custodian.mapping;

import java.util.Map;

/**
 * A header or trailer record: the record-type {@code code} it carries and its fields. A header gives
 * {@code asOf} (and may give {@code custodian}); a trailer gives {@code count}, the number of data records.
 */
public record ControlRecord(String code, Map<String, FieldSpec> fields) {
    public ControlRecord {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
