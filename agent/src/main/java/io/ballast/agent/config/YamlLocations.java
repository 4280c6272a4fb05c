package io.ballast.agent.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every key and list item in a YAML text, so a problem found on the parsed tree can point
 * at the file. A key is located at its name; a list item at its value.
 */
final class YamlLocations {
    /** 1-based, as editors count. */
    record Position(int line, int column) {
    }

    private static final Position START = new Position(1, 1);

    private final Map<KeyPath, Position> positions;

    private YamlLocations(Map<KeyPath, Position> positions) {
        this.positions = positions;
    }

    /** Walks the tokens of a text that is already known to parse. */
    static YamlLocations scan(String yaml) throws IOException {
        Map<KeyPath, Position> positions = new HashMap<>();
        positions.put(KeyPath.ROOT, START);
        Deque<Container> open = new ArrayDeque<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                Position here = position(parser.currentTokenLocation());
                if (token == JsonToken.FIELD_NAME) {
                    positions.put(open.peek().path.key(parser.currentName()), here);
                    continue;
                }
                if (token.isStructEnd()) {
                    open.pop();
                    continue;
                }
                KeyPath path = open.isEmpty() ? KeyPath.ROOT : open.peek().pathOfNextValue(parser.currentName());
                positions.putIfAbsent(path, here);
                if (token.isStructStart()) {
                    open.push(new Container(path, token == JsonToken.START_ARRAY));
                }
            }
        }
        return new YamlLocations(positions);
    }

    /** Where the path is, or else where its nearest enclosing key is (a missing key is reported at its parent). */
    Position of(KeyPath path) {
        for (KeyPath at = path; ; at = at.parent()) {
            Position position = positions.get(at);
            if (position != null) {
                return position;
            }
        }
    }

    private static Position position(JsonLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static final class Container {
        final KeyPath path;
        final boolean list;
        int nextIndex;

        Container(KeyPath path, boolean list) {
            this.path = path;
            this.list = list;
        }

        KeyPath pathOfNextValue(String name) {
            return list ? path.index(nextIndex++) : path.key(name);
        }
    }
}
