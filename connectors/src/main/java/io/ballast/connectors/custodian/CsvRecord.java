package io.ballast.connectors.custodian;

import java.util.List;

/**
 * One RFC 4180 record as read: the line it starts on, its fields, and what is wrong with its quoting (null when
 * nothing is).
 */
record CsvRecord(long line, List<String> fields, String malformation) {
    CsvRecord {
        fields = List.copyOf(fields);
    }

    boolean isBlankLine() {
        return malformation == null && fields.size() == 1 && fields.get(0).isEmpty();
    }
}
