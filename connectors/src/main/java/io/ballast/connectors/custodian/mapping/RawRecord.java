package io.ballast.connectors.custodian.mapping;

import java.util.List;

/**
 * One record as read from a member file, before any field is interpreted: the line it starts on and either its
 * delimited fields or its fixed-width text.
 */
record RawRecord(long line, List<String> fields, String text) {
    /** {@code fields} is taken as is: the reader hands over a list nobody changes afterwards. */
    static RawRecord delimited(long line, List<String> fields) {
        return new RawRecord(line, fields, null);
    }

    static RawRecord fixedWidth(long line, String text) {
        return new RawRecord(line, null, text);
    }

    /** The field's raw text, trimmed; null when the record is too short to hold it. */
    String value(FieldSpec spec) {
        if (fields != null) {
            return spec.column() <= fields.size() ? fields.get(spec.column() - 1).trim() : null;
        }
        int from = spec.start() - 1;
        int to = from + spec.length();
        return to <= text.length() ? text.substring(from, to).trim() : null;
    }

    /** How wide the record is: its number of fields, or of characters. */
    int width() {
        return fields != null ? fields.size() : text.length();
    }

    /** The record's content, to recognise a repeated record. */
    String content() {
        return fields != null ? String.join("\u001f", fields) : text;
    }
}
