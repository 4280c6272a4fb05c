package io.ballast.agent.config;

import io.ballast.connectors.custodian.rest.RestApi;
import java.nio.file.Path;

/**
 * One custodian connector.
 *
 * @param format          the file format: {@code ballast-csv}, a shipped mapping, {@code swift-mt535/536}, or the
 *                        name of the mapping in {@code mappingFile}
 * @param transport       {@code sftp}, {@code directory} or {@code rest}
 * @param sftp            the server to poll when transport is {@code sftp}, else {@code null}
 * @param directory       the absolute local directory to poll when transport is {@code directory}, else {@code null}
 * @param rest            the API to fetch from when transport is {@code rest}, else {@code null}
 * @param filePattern     regular expression a whole file name must match to be taken
 * @param excludePattern  regular expression of whole file names never taken; {@code null} for none
 * @param schedule        when the source is polled
 * @param doneDirectory   where a loaded file is moved, relative to the polled directory
 * @param failedDirectory where a refused file and its report are moved, relative to the polled directory
 * @param retry           how an unreachable source is retried
 * @param mappingFile     a deployment's own YAML format mapping, or {@code null}
 * @param onBadRows       {@code reject} (a file with a bad row loads nothing) or {@code quarantine}
 * @param lotMismatch     {@code break} (lots that do not add up to their position are a failure) or {@code warn}
 */
public record CustodianSettings(String name, String format, String transport, SftpSettings sftp, Path directory,
        RestApi rest, String filePattern, String excludePattern, PollSchedule schedule, String doneDirectory,
        String failedDirectory, RetrySettings retry, Path mappingFile, String onBadRows, String lotMismatch) {

    public CustodianSettings withSftp(SftpSettings server) {
        return new CustodianSettings(name, format, transport, server, directory, rest, filePattern, excludePattern,
                schedule, doneDirectory, failedDirectory, retry, mappingFile, onBadRows, lotMismatch);
    }
}
