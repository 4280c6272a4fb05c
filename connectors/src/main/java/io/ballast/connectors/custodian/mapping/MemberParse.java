package io.ballast.connectors.custodian.mapping;

import io.ballast.domain.ParseFailure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one member file of a set: skips its title lines, checks that it opens with its header and closes with its
 * trailer (whose count must match), dispatches every data record on its record type and reads its fields. Good
 * rows go to the row consumer, every problem to the failure list; nothing here throws on bad input.
 */
final class MemberParse {
    private final FileMapping mapping;
    private final String file;
    private final FieldReader reader;
    private final String charset;
    private final List<ParseFailure> failures;
    private final Consumer<MappedRow> rows;
    private final Map<String, Long> seenRecords = new HashMap<>();
    private final Map<Map<String, FieldSpec>, FieldList> fieldLists = new IdentityHashMap<>();
    private boolean headerSeen;
    private boolean trailerSeen;
    private long dataRecords;
    private LocalDate asOf;
    private String custodian;

    MemberParse(FileMapping mapping, String file, FieldReader reader, String charset, List<ParseFailure> failures,
            Consumer<MappedRow> rows) {
        this.mapping = mapping;
        this.charset = charset;
        this.file = file;
        this.reader = reader;
        this.failures = failures;
        this.rows = rows;
    }

    LocalDate asOf() {
        return asOf;
    }

    String custodian() {
        return custodian;
    }

    void parse(Reader text) {
        try {
            if (mapping.isFixedWidth()) {
                readFixedWidth(new BufferedReader(text));
            } else {
                readDelimited(text);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable root = root(e);
            if (root instanceof CharacterCodingException) {
                fileFailure(null, "holds bytes that are not valid " + charset + " text after data record "
                        + dataRecords + " (wrong encoding)");
            } else {
                // commons-csv reports a broken quote as an exception naming the line; nothing after it is readable
                fileFailure(null, "cannot be read past a malformed record: " + root.getMessage());
            }
            return;
        }
        if (!headerSeen) {
            fileFailure("record type", "has no header record (" + mapping.header().code() + ")");
        }
        if (!trailerSeen) {
            fileFailure("record type", "has no trailer record (" + mapping.trailer().code()
                    + "): the file is truncated");
        }
    }

    private void readFixedWidth(BufferedReader lines) throws IOException {
        long line = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            line++;
            if (line > mapping.skippedLines() && !text.isBlank()) {
                record(RawRecord.fixedWidth(line, text));
            }
        }
    }

    private void readDelimited(Reader text) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter().charAt(0))
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long lastLine = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                // the parser counts line breaks read so far: a record spans the lines after the previous one
                long line = Math.max(lastLine + 1, parser.getCurrentLineNumber());
                lastLine = parser.getCurrentLineNumber();
                if (record.getRecordNumber() > mapping.skippedLines()) {
                    record(RawRecord.delimited(line, record.toList()));
                }
            }
        }
    }

    private void record(RawRecord record) {
        String type = record.value(mapping.recordType());
        if (type == null) {
            failure(record.line(), "record type", "record too short to hold its record type ("
                    + mapping.recordType().position() + ")");
            return;
        }
        if (trailerSeen) {
            failure(record.line(), "record type", "'" + type + "' record after the trailer record");
            return;
        }
        if (type.equals(mapping.header().code())) {
            header(record);
            return;
        }
        if (!headerSeen) {
            fileFailure("record type", "does not start with its header record (" + mapping.header().code()
                    + "): line " + record.line() + " is '" + type + "'");
            headerSeen = true;
        }
        if (type.equals(mapping.trailer().code())) {
            trailer(record);
            return;
        }
        dataRecords++;
        RecordMapping data = mapping.records().get(type);
        if (data == null) {
            failure(record.line(), "record type", "unknown record type '" + type + "', expected one of "
                    + mapping.records().keySet().stream().sorted().toList());
            return;
        }
        if (data.columns() != null && !mapping.isFixedWidth() && record.width() != data.columns()) {
            failure(record.line(), null, "a '" + type + "' record has " + data.columns() + " columns, this one has "
                    + record.width());
            return;
        }
        Long earlier = seenRecords.putIfAbsent(record.content(), record.line());
        if (earlier != null) {
            failure(record.line(), null, "duplicate record: repeats line " + earlier);
            return;
        }
        FieldList fields = fieldList(data.fields());
        Object[] values = fields(record, fields);
        if (values != null) {
            rows.accept(new MappedRow(data.entity(), file, record.line(), fields.names(), values));
        }
    }

    private void header(RawRecord record) {
        if (headerSeen) {
            failure(record.line(), "record type", "a second header record");
            return;
        }
        headerSeen = true;
        FieldList fields = fieldList(mapping.header().fields());
        Object[] values = fields(record, fields);
        if (values != null) {
            MappedRow header = new MappedRow(null, file, record.line(), fields.names(), values);
            asOf = header.date("asOf");
            custodian = header.text("custodian");
        }
    }

    private void trailer(RawRecord record) {
        trailerSeen = true;
        FieldList fields = fieldList(mapping.trailer().fields());
        Object[] values = fields(record, fields);
        Object count = values == null ? null : new MappedRow(null, file, record.line(), fields.names(), values)
                .value("count");
        if (count != null && (long) count != dataRecords) {
            fileFailure("count", "trailer counts " + count + " records but the file has "
                    + dataRecords + ": the file is truncated or altered");
        }
    }

    /** The field names and specs of a record mapping, in one fixed order. */
    private record FieldList(String[] names, FieldSpec[] specs) {
    }

    private FieldList fieldList(Map<String, FieldSpec> specs) {
        return fieldLists.computeIfAbsent(specs, s -> new FieldList(s.keySet().toArray(String[]::new),
                s.values().toArray(FieldSpec[]::new)));
    }

    /** The record's values in the order of its field list, or null when any field did not read (each reported). */
    private Object[] fields(RawRecord record, FieldList fields) {
        Object[] values = new Object[fields.names().length];
        boolean good = true;
        for (int i = 0; i < values.length; i++) {
            String name = fields.names()[i];
            FieldSpec spec = fields.specs()[i];
            String raw = record.value(spec);
            if (raw == null) {
                failure(record.line(), name, "missing: the record has " + record.width()
                        + (mapping.isFixedWidth() ? " characters" : " columns") + ", the field is at "
                        + spec.position());
                good = false;
            } else if (raw.isEmpty()) {
                if (!spec.isOptional()) {
                    failure(record.line(), name, "must not be blank (" + spec.position() + ")");
                    good = false;
                }
            } else {
                FieldReader.Read read = reader.read(name, spec, raw);
                if (read.problem() != null) {
                    failure(record.line(), name, read.problem());
                    good = false;
                } else {
                    values[i] = read.value();
                }
            }
        }
        return good ? values : null;
    }

    private void failure(long line, String field, String reason) {
        failures.add(new ParseFailure(file, line, field, reason));
    }

    private void fileFailure(String field, String reason) {
        failures.add(new ParseFailure(file, 0, field, "file " + reason));
    }

    private static Throwable root(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
