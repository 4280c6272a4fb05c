package io.ballast.domain;

/** Why one row (or the whole file, at line 0) of an input could not be read. */
public record ParseFailure(String file, long line, String field, String reason) {
    public ParseFailure {
        Require.text(file, "file");
        Require.text(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ":" + line + (field == null ? "" : " [" + field + "]") + ": " + reason;
    }
}
