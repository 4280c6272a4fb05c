package io.ballast.connectors.custodian.mapping;

import java.util.Map;

/**
 * One member file of a custodian's set: the pattern its name matches, its layout, the record-type field that
 * dispatches each line, its header and trailer records and its data records by record-type code.
 *
 * @param kind        what the member holds (positions, lots ...), as failures and the documentation name it
 * @param name        regular expression the member's whole file name matches
 * @param layout      {@code delimited} or {@code fixed-width}
 * @param delimiter   the delimiter of a delimited layout (one character)
 * @param titleLines  lines of column titles before the first record, skipped
 * @param required    whether a set without this member is refused
 */
public record FileMapping(String kind, String name, String layout, String delimiter, Integer titleLines,
        Boolean required, FieldSpec recordType, ControlRecord header, ControlRecord trailer,
        Map<String, RecordMapping> records) {
    public FileMapping {
        records = records == null ? Map.of() : Map.copyOf(records);
    }

    boolean isFixedWidth() {
        return "fixed-width".equals(layout);
    }

    boolean isRequired() {
        return !Boolean.FALSE.equals(required);
    }

    int skippedLines() {
        return titleLines == null ? 0 : titleLines;
    }
}
