package io.ballast.connectors.custodian.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ballast.domain.AccountType;
import io.ballast.domain.TransactionType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A custodian layout described in YAML: the member files of its set, how each record reads, and the code tables
 * that turn the custodian's codes into Ballast's. See docs/connectors.md for the keys.
 *
 * @param name       the format's name, as a custodian's {@code format:} in the configuration names it
 * @param custodian  the custodian's name when the header records do not give one
 * @param encoding   the character set every member is written in; a byte that is not valid in it is refused
 * @param codeTables code table name → custodian code → Ballast value
 */
public record FormatMapping(String name, String custodian, String encoding, Map<String, Map<String, String>> codeTables,
        List<FileMapping> files) {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public FormatMapping {
        codeTables = codeTables == null ? Map.of() : Map.copyOf(codeTables);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Reads and checks a mapping; throws {@link IllegalArgumentException} naming the source and every problem. */
    public static FormatMapping read(InputStream yaml, String source) {
        FormatMapping mapping;
        try {
            mapping = YAML.readValue(yaml, FormatMapping.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("format mapping " + source + " cannot be read: " + e.getMessage(), e);
        }
        List<String> problems = mapping.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("format mapping " + source + " is not valid:\n  "
                    + String.join("\n  ", problems));
        }
        return mapping;
    }

    Charset charset() {
        return Charset.forName(encoding == null ? "UTF-8" : encoding);
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("name: required");
        }
        if (custodian == null || custodian.isBlank()) {
            problems.add("custodian: required");
        }
        if (encoding != null && !Charset.isSupported(encoding)) {
            problems.add("encoding: unknown character set " + encoding);
        }
        checkTable("accountType", AccountType.class, problems);
        checkTable("transactionType", TransactionType.class, problems);
        if (files.isEmpty()) {
            problems.add("files: at least one member file is required");
        }
        for (FileMapping file : files) {
            new FileMappingCheck(file, this, problems).run();
        }
        return problems;
    }

    private <E extends Enum<E>> void checkTable(String table, Class<E> values, List<String> problems) {
        Map<String, String> codes = codeTables.getOrDefault(table, Map.of());
        codes.forEach((code, value) -> {
            if (Arrays.stream(values.getEnumConstants()).noneMatch(v -> v.name().equals(value))) {
                problems.add("codeTables." + table + "." + code + ": '" + value + "' is not one of "
                        + Arrays.toString(values.getEnumConstants()));
            }
        });
    }

    /** The checks of one member file's mapping. */
    private record FileMappingCheck(FileMapping file, FormatMapping format, List<String> problems) {
        void run() {
            String where = "files." + file.kind();
            if (file.kind() == null || file.kind().isBlank()) {
                problems.add("files: a member without kind");
                return;
            }
            try {
                Pattern.compile(file.name() == null ? "" : file.name());
            } catch (PatternSyntaxException e) {
                problems.add(where + ".name: not a regular expression: " + e.getDescription());
            }
            if (file.name() == null) {
                problems.add(where + ".name: required (the member's file name pattern)");
            }
            if (!"delimited".equals(file.layout()) && !file.isFixedWidth()) {
                problems.add(where + ".layout: must be delimited or fixed-width");
            }
            if ("delimited".equals(file.layout()) && (file.delimiter() == null || file.delimiter().length() != 1)) {
                problems.add(where + ".delimiter: one character is required for a delimited layout");
            }
            field(where + ".recordType", file.recordType(), true);
            if (file.header() == null || !file.header().fields().containsKey("asOf")) {
                problems.add(where + ".header: a header record with an asOf field is required");
            } else {
                file.header().fields().forEach((name, spec) -> field(where + ".header.fields." + name, spec,
                        true));
            }
            if (file.trailer() == null || !file.trailer().fields().containsKey("count")) {
                problems.add(where + ".trailer: a trailer record with a count field is required");
            } else {
                file.trailer().fields().forEach((name, spec) -> field(where + ".trailer.fields." + name, spec,
                        true));
            }
            if (file.records().isEmpty()) {
                problems.add(where + ".records: at least one data record is required");
            }
            file.records().forEach((code, record) -> record(where + ".records." + code, record));
        }

        private void record(String where, RecordMapping record) {
            if (record.entity() == null) {
                problems.add(where + ".entity: required");
                return;
            }
            for (String required : record.entity().required()) {
                if (!record.fields().containsKey(required)) {
                    problems.add(where + ".fields." + required + ": required for a " + record.entity().name()
                            .toLowerCase() + " record");
                }
            }
            if (record.entity().needsSecurity()
                    && record.fields().keySet().stream().noneMatch(Entity.SECURITY_REFERENCES::contains)) {
                problems.add(where + ".fields: a symbol, cusip or isin field is required");
            }
            if (record.entity() == Entity.LOT && !record.fields().containsKey("costBasis")
                    && !record.fields().containsKey("unitCost")) {
                problems.add(where + ".fields: a costBasis or unitCost field is required");
            }
            record.fields().forEach((name, spec) -> {
                if (!record.entity().allows(name)) {
                    problems.add(where + ".fields." + name + ": not a field of a " + record.entity().name()
                            .toLowerCase() + " record");
                }
                field(where + ".fields." + name, spec, false);
            });
        }

        private void field(String where, FieldSpec spec, boolean required) {
            if (spec == null) {
                if (required) {
                    problems.add(where + ": required");
                }
                return;
            }
            if (file.isFixedWidth()) {
                if (spec.start() == null || spec.start() < 1 || spec.length() == null || spec.length() < 1) {
                    problems.add(where + ": start and length (from 1) are required in a fixed-width layout");
                }
            } else if (spec.column() == null || spec.column() < 1) {
                problems.add(where + ": column (from 1) is required in a delimited layout");
            }
            if (spec.date() != null) {
                try {
                    DateTimeFormatter.ofPattern(spec.date());
                } catch (IllegalArgumentException e) {
                    problems.add(where + ".date: not a date pattern: " + e.getMessage());
                }
            }
            if (spec.table() != null && !format.codeTables().containsKey(spec.table())) {
                problems.add(where + ".table: no code table " + spec.table());
            }
        }
    }
}
