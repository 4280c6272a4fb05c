package io.ballast.agent.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One custodian connector.
 *
 * @param format       the file format: {@code ballast-csv}, a shipped mapping, {@code swift-mt535/536}, or the
 *                     name of the mapping in {@code mappingFile}
 * @param transport    {@code sftp} or {@code directory}
 * @param sftp         the server to poll when transport is {@code sftp}, else {@code null}
 * @param directory    the absolute local directory to poll when transport is {@code directory}, else {@code null}
 * @param filePattern  regular expression a whole file name must match
 * @param pollInterval how often the source is polled
 * @param mappingFile  a deployment's own YAML format mapping, or {@code null}
 * @param onBadRows    {@code reject} (a file with a bad row loads nothing) or {@code quarantine}
 * @param lotMismatch  {@code break} (lots that do not add up to their position are a failure) or {@code warn}
 */
public record CustodianSettings(String name, String format, String transport, SftpSettings sftp, Path directory,
        String filePattern, Duration pollInterval, Path mappingFile, String onBadRows, String lotMismatch) {
    public CustodianSettings(String name, String format, String transport, SftpSettings sftp, Path directory,
            String filePattern, Duration pollInterval) {
        this(name, format, transport, sftp, directory, filePattern, pollInterval, null, "reject", "break");
    }
}
