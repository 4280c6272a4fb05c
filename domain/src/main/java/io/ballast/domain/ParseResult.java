package io.ballast.domain;

import java.util.List;

/** What a parser read and what it could not: parsers never throw on a bad row. */
public record ParseResult<T>(T value, List<ParseFailure> failures) {
    public ParseResult {
        Require.present(value, "parsed value");
        failures = List.copyOf(failures);
    }

    public boolean isClean() {
        return failures.isEmpty();
    }
}
