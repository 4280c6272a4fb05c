package io.ballast.connectors.custodian.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A data record whose fields all read: the entity it is, where it came from, and its values, aligned with the field
 * names its record mapping shares among all its rows (a large file holds millions of rows: no map per row).
 */
record MappedRow(Entity entity, String file, long line, String[] names, Object[] values) {
    boolean has(String field) {
        return value(field) != null;
    }

    String text(String field) {
        return (String) value(field);
    }

    BigDecimal decimal(String field) {
        return (BigDecimal) value(field);
    }

    LocalDate date(String field) {
        return (LocalDate) value(field);
    }

    Object value(String field) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(field)) {
                return values[i];
            }
        }
        return null;
    }
}
