package io.ballast.agent.optimize;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One JSON input file bound to its file form, which remembers where each value stood so that every refusal — of
 * the syntax, of the binding or of the domain — names the file, the line and the JSON path.
 */
final class JsonFile {
    /** Strict: a misspelt key is an error, not a default silently taken; a float is never truncated to an int. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Path file;
    private final LineIndex lines;

    private JsonFile(Path file, LineIndex lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Reads {@code file} as {@code form} and hands both the value and the file, for locating later refusals. */
    static <T> Bound<T> read(Path file, Class<T> form) throws InputException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        JsonFile json = new JsonFile(file, index(file, text));
        try {
            return new Bound<>(MAPPER.readValue(text, form), json);
        } catch (JsonMappingException e) {
            // The index places the value itself; Jackson's location may be past it, at the end of its object.
            throw json.refuse(JsonPaths.of(e), reason(e));
        } catch (JsonProcessingException e) {
            throw refusal(file, e.getLocation(), null, "invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static LineIndex index(Path file, String text) throws InputException {
        try {
            return LineIndex.of(text, MAPPER);
        } catch (JsonProcessingException e) {
            throw refusal(file, e.getLocation(), null, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static InputException unreadable(Path file, IOException e) {
        return new InputException(file + ": " + (e instanceof NoSuchFileException ? "no such file"
                : "cannot read the file: " + e.getMessage()));
    }

    /** A value and the file it was read from. */
    record Bound<T>(T value, JsonFile file) {
    }

    /** Builds a domain value from the one at {@code at}, turning the domain's refusal into this file's. */
    <T> T at(JsonPointer at, Supplier<T> build) throws InputException {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            // The domain's compact constructors refuse with these two, their messages written for people.
            throw refuse(at, e.getMessage());
        }
    }

    /** A value the file must give. */
    <T> T required(T value, JsonPointer at) throws InputException {
        if (value == null) {
            JsonPointer last = at.last();
            throw refuse(at, last == null || last.mayMatchElement() ? "must not be null"
                    : "missing required field '" + last.getMatchingProperty() + "'");
        }
        return value;
    }

    InputException refuse(JsonPointer at, String reason) {
        return refusal(file, lines.locate(at), at, reason);
    }

    private static InputException refusal(Path file, JsonLocation location, JsonPointer at, String reason) {
        String where = location == null || location.getLineNr() < 1 ? ""
                : ":" + location.getLineNr() + ":" + location.getColumnNr();
        String path = at == null ? "" : " " + JsonPaths.show(at) + ":";
        return new InputException(file + where + ":" + path + " " + reason);
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; the fields are "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' " + expected(invalid.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "is not one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "is not a date (YYYY-MM-DD)";
        }
        if (type == BigDecimal.class) {
            return "is not a number";
        }
        return "is not a valid " + type.getSimpleName();
    }
}
