package io.ballast.agent.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One custodian connector.
 *
 * @param format       the file format; {@code ballast-csv} for now
 * @param transport    {@code sftp} or {@code directory}
 * @param sftp         the server to poll when transport is {@code sftp}, else {@code null}
 * @param directory    the absolute local directory to poll when transport is {@code directory}, else {@code null}
 * @param filePattern  regular expression a whole file name must match
 * @param pollInterval how often the source is polled
 */
public record CustodianSettings(String name, String format, String transport, SftpSettings sftp, Path directory,
        String filePattern, Duration pollInterval) {
}
