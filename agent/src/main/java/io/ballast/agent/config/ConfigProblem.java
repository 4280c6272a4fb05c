package io.ballast.agent.config;

import java.nio.file.Path;

/**
 * One thing wrong with a configuration file.
 *
 * @param line   1-based
 * @param column 1-based
 * @param key    where in the file, such as {@code custodians[0].sftp.port}
 */
public record ConfigProblem(Path file, int line, int column, String key, String message) {
    /** The one-line form editors and terminals understand: {@code file:line:column: key: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + key + ": " + message;
    }
}
