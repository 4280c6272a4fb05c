package io.ballast.connectors.custodian.mapping;

import io.ballast.connectors.custodian.SecurityIdentifiers;
import io.ballast.domain.AccountType;
import io.ballast.domain.SecurityIdentifier.Scheme;
import io.ballast.domain.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the raw text of a field into its value, by the field's Ballast name: dates, decimals, code-table values
 * and identifiers with their check digits. A value that does not read is reported with its reason.
 */
final class FieldReader {
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?|\\d+(\\.\\d+)?-|\\(\\d+(\\.\\d+)?\\)");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})*(\\.\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d+");
    private static final Map<String, Scheme> IDENTIFIERS = Map.of("symbol", Scheme.TICKER, "cusip", Scheme.CUSIP,
            "isin", Scheme.ISIN);

    private final Map<String, Map<String, String>> codeTables;
    private static final int CACHE_LIMIT = 100_000;
    private final Map<String, DateTimeFormatter> dateFormats = new HashMap<>();
    // a custodian file repeats the same dates and identifiers many times: each is read, and kept, once
    private final Map<String, Map<String, Read>> dates = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    FieldReader(Map<String, Map<String, String>> codeTables) {
        this.codeTables = codeTables;
    }

    /** The value read, or a problem: exactly one of the two is set. */
    record Read(Object value, String problem) {
        static Read problem(String problem) {
            return new Read(null, problem);
        }
    }

    /** Reads a present, non-blank raw value of the named field. */
    Read read(String field, FieldSpec spec, String raw) {
        if (spec.table() != null) {
            String mapped = codeTables.get(spec.table()).get(raw);
            if (mapped == null) {
                return Read.problem("'" + raw + "' is not a code of table " + spec.table() + " "
                        + codeTables.get(spec.table()).keySet().stream().sorted().toList());
            }
            raw = mapped;
        }
        return switch (field) {
            case "asOf", "acquired", "tradeDate", "settleDate" -> date(spec, raw);
            case "quantity", "settledQuantity", "costBasis", "unitCost", "price", "amount" -> decimal(spec, raw);
            case "count" -> count(raw);
            case "accountType" -> constant(AccountType.class, raw);
            case "type" -> constant(TransactionType.class, raw);
            case "symbol", "cusip", "isin" -> identifier(IDENTIFIERS.get(field), canonical(raw));
            case "account", "household" -> new Read(canonical(raw), null);
            default -> new Read(raw, null);
        };
    }

    private String canonical(String raw) {
        if (texts.size() >= CACHE_LIMIT) {
            return raw;
        }
        return texts.computeIfAbsent(raw, r -> r);
    }

    private Read date(FieldSpec spec, String raw) {
        String pattern = spec.date() == null ? "yyyy-MM-dd" : spec.date();
        Map<String, Read> ofPattern = dates.computeIfAbsent(pattern, p -> new HashMap<>());
        Read cached = ofPattern.get(raw);
        if (cached != null) {
            return cached;
        }
        Read read = parseDate(pattern, raw);
        if (ofPattern.size() < CACHE_LIMIT) {
            ofPattern.put(raw, read);
        }
        return read;
    }

    private Read parseDate(String pattern, String raw) {
        DateTimeFormatter format = dateFormats.computeIfAbsent(pattern,
                p -> DateTimeFormatter.ofPattern(p.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT));
        try {
            return new Read(LocalDate.parse(raw, format), null);
        } catch (DateTimeParseException e) {
            return Read.problem("'" + raw + "' is not a date (" + pattern + ")");
        }
    }

    private static Read decimal(FieldSpec spec, String raw) {
        if (spec.impliedDecimals() != null) {
            if (!DIGITS.matcher(raw).matches()) {
                return Read.problem("'" + raw + "' is not a number of digits with " + spec.impliedDecimals()
                        + " implied decimals");
            }
            return new Read(new BigDecimal(raw).movePointLeft(spec.impliedDecimals()), null);
        }
        if (isPlainNumber(raw)) {
            return new Read(new BigDecimal(raw), null);
        }
        String text = raw;
        if (spec.allowsGrouping() && GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        if (!PLAIN.matcher(text).matches()) {
            return Read.problem("'" + raw + "' is not a decimal number");
        }
        if (text.startsWith("(")) {
            return new Read(new BigDecimal(text.substring(1, text.length() - 1)).negate(), null);
        }
        if (text.endsWith("-")) {
            return new Read(new BigDecimal(text.substring(0, text.length() - 1)).negate(), null);
        }
        return new Read(new BigDecimal(text), null);
    }

    /** Digits with at most one point between digits: the common case, read without a regular expression. */
    private static boolean isPlainNumber(String raw) {
        int points = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '.') {
                if (++points > 1 || i == 0 || i == raw.length() - 1) {
                    return false;
                }
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static <E extends Enum<E>> Read constant(Class<E> type, String raw) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(raw)) {
                return new Read(value, null);
            }
        }
        return Read.problem("'" + raw + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static Read count(String raw) {
        if (!raw.matches("\\d{1,9}")) {
            return Read.problem("'" + raw + "' is not a record count");
        }
        return new Read(Long.parseLong(raw), null);
    }

    private static Read identifier(Scheme scheme, String raw) {
        String problem = SecurityIdentifiers.problem(scheme, raw);
        return problem == null ? new Read(raw, null) : Read.problem(problem);
    }
}
