package io.ballast.routes.recon;

import io.ballast.ledger.ReconReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the reconciliation report of an as-of date in every format, as {@code <directory>/<as-of>/breaks.txt},
 * {@code .json} and {@code .csv}. Each file is written aside and moved into place, so a reader never sees half a
 * report; a later load of the same date rewrites them with every file of that date.
 */
public final class ReconReportFiles {
    private final Path directory;

    public ReconReportFiles(Path directory) {
        this.directory = directory;
    }

    /** Writes the report and returns the directory it is in. */
    public Path write(ReconReport report) {
        Path dated = directory.resolve(report.asOf().toString());
        try {
            Files.createDirectories(dated);
            for (ReconReportFormat format : ReconReportFormat.values()) {
                Path target = dated.resolve("breaks." + format.extension());
                Path part = Files.createTempFile(dated, "breaks", ".part");
                Files.writeString(part, format.render(report), StandardCharsets.UTF_8);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the reconciliation report to " + dated + ": "
                    + e.getMessage(), e);
        }
        return dated;
    }
}
