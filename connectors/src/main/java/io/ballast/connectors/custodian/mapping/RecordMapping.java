package io.ballast.connectors.custodian.mapping;

import java.util.Map;

/**
 * What one kind of record holds: the entity it becomes, how many columns it has in a delimited layout (checked
 * when given) and its fields by their Ballast name.
 */
public record RecordMapping(Entity entity, Integer columns, Map<String, FieldSpec> fields) {
    public RecordMapping {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
