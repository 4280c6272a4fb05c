package io.ballast.connectors.custodian;

import java.io.IOException;
import java.io.Writer;

/** Writes RFC 4180 records: CRLF line ends, fields quoted only when they hold a comma, quote or line break. */
final class CsvWriter {
    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void record(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoteIfNeeded(fields[i]));
        }
        out.write("\r\n");
    }

    private static String quoteIfNeeded(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
