package io.ballast.connectors.custodian.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A data record whose fields all read: the entity it is, where it came from, and its values by field name. */
record MappedRow(Entity entity, String file, long line, Map<String, Object> values) {
    boolean has(String field) {
        return values.containsKey(field);
    }

    String text(String field) {
        return (String) values.get(field);
    }

    BigDecimal decimal(String field) {
        return (BigDecimal) values.get(field);
    }

    LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    Object value(String field) {
        return values.get(field);
    }
}
