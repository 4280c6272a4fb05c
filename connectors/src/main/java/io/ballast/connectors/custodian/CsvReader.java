package io.ballast.connectors.custodian;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into RFC 4180 records. Quoted fields may hold commas, doubled quotes and line breaks; lines end in
 * CRLF, LF or CR. Bad quoting marks the record malformed instead of failing, so one bad row never hides the rest.
 */
final class CsvReader {
    private final String text;
    private final List<CsvRecord> records = new ArrayList<>();
    private List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private boolean quoted;
    private boolean inQuotes;
    private boolean closedQuote;
    private String malformation;
    private long line = 1;
    private long recordStart = 1;

    private CsvReader(String text) {
        this.text = text;
    }

    static List<CsvRecord> read(String text) {
        return new CsvReader(text).readAll();
    }

    private List<CsvRecord> readAll() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                    closedQuote = true;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                endField();
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n' || c == '\r') {
                endRecord();
                line++;
                recordStart = line;
            } else if (c == '"' && field.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
            } else {
                if (closedQuote) {
                    malformed("text after a closing quote");
                } else if (c == '"') {
                    malformed("quote inside an unquoted field");
                }
                field.append(c);
            }
        }
        if (inQuotes) {
            malformed("quoted field not closed before the end of the file");
            endRecord();
        } else if (!fields.isEmpty() || field.length() > 0 || quoted) {
            endRecord();
        }
        return records;
    }

    private void malformed(String reason) {
        if (malformation == null) {
            malformation = reason;
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        quoted = false;
        closedQuote = false;
    }

    private void endRecord() {
        endField();
        records.add(new CsvRecord(recordStart, fields, malformation));
        fields = new ArrayList<>();
        malformation = null;
    }
}
