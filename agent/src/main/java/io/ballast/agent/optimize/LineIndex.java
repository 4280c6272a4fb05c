package io.ballast.agent.optimize;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON file starts, by JSON pointer: data binding forgets locations, and a value the domain
 * refuses must still be reported with its line.
 */
final class LineIndex {
    private final Map<JsonPointer, JsonLocation> starts;

    private LineIndex(Map<JsonPointer, JsonLocation> starts) {
        this.starts = starts;
    }

    /** Walks the whole text once; a syntax error surfaces here, with its location. */
    static LineIndex of(String text, ObjectMapper mapper) throws IOException {
        Map<JsonPointer, JsonLocation> starts = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            while (parser.nextToken() != null) {
                starts.putIfAbsent(parser.getParsingContext().pathAsPointer(), parser.currentTokenLocation());
            }
        }
        return new LineIndex(starts);
    }

    /** The value's own start or, for a value the file lacks, its nearest enclosing value's. */
    JsonLocation locate(JsonPointer pointer) {
        for (JsonPointer at = pointer; at != null; at = at.head()) {
            JsonLocation location = starts.get(at);
            if (location != null) {
                return location;
            }
        }
        return JsonLocation.NA;
    }
}
