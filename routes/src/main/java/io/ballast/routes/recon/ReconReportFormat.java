package io.ballast.routes.recon;

import io.ballast.domain.ReconBreak;
import io.ballast.ledger.ReconReport;
import io.ballast.routes.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A reconciliation report as readable text, JSON or CSV. */
public enum ReconReportFormat {
    TEXT("txt") {
        @Override
        public String render(ReconReport report) {
            StringBuilder text = new StringBuilder();
            text.append(summary(report)).append('\n');
            for (ReconReport.Batch batch : report.batches()) {
                text.append(String.format("%n  %s from %s (batch %d, loaded %s, %d accounts)%n", batch.file(),
                        batch.custodian(), batch.id(), batch.loadedAt(), batch.accounts()));
                if (batch.breaks().isEmpty()) {
                    text.append("    every account matches\n");
                }
                for (ReconBreak b : batch.breaks()) {
                    text.append(String.format("    %-6s %-20s %-12s %-6s ledger %s  custodian %s  difference %s%s%n",
                            b.type().isError() ? "BREAK" : "timing", b.type(), b.account(), subject(b),
                            b.expected().toPlainString(), b.actual().toPlainString(),
                            b.difference().toPlainString(), b.detail().isEmpty() ? "" : "  (" + b.detail() + ")"));
                }
            }
            return text.toString();
        }
    },
    JSON("json") {
        @Override
        public String render(ReconReport report) {
            List<BatchView> batches = report.batches().stream().map(batch -> new BatchView(batch.id(),
                    batch.custodian(), batch.file(), batch.loadedAt(), batch.accounts(), batch.breaks().stream()
                            .map(b -> new BreakView(b.account().value(), subject(b), b.type().name(),
                                    b.type().isError(), b.expected(), b.actual(), b.difference(), b.detail()))
                            .toList())).toList();
            return Json.write(new ReportView(report.asOf(), report.errors(), report.timing(),
                    report.countsByType().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(),
                            Map.Entry::getValue, Long::sum, LinkedHashMap::new)), batches));
        }
    },
    CSV("csv") {
        @Override
        public String render(ReconReport report) {
            StringWriter out = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("as_of", "batch",
                    "custodian", "file", "account", "security", "type", "error", "expected", "actual", "difference",
                    "detail").get())) {
                for (ReconReport.Batch batch : report.batches()) {
                    for (ReconBreak b : batch.breaks()) {
                        csv.printRecord(report.asOf(), batch.id(), batch.custodian(), batch.file(), b.account(),
                                subject(b), b.type(), b.type().isError(), b.expected().toPlainString(),
                                b.actual().toPlainString(), b.difference().toPlainString(), b.detail());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("writing CSV to memory", e);
            }
            return out.toString();
        }
    };

    private final String extension;

    ReconReportFormat(String extension) {
        this.extension = extension;
    }

    public abstract String render(ReconReport report);

    /** The file name extension of the format. */
    public String extension() {
        return extension;
    }

    /** One line: the date, how many files, breaks and timing differences, and which kinds. */
    public static String summary(ReconReport report) {
        String kinds = report.countsByType().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Reconciliation as of %s: %d file(s), %d break(s), %d timing difference(s)%s",
                report.asOf(), report.batches().size(), report.errors(), report.timing(),
                kinds.isEmpty() ? "" : " [" + kinds + "]");
    }

    /** The security of a break, or "cash". */
    private static String subject(ReconBreak b) {
        return b.security() == null ? "cash" : b.security().value();
    }

    private record ReportView(LocalDate asOf, long breaks, long timing, Map<String, Long> byType,
            List<BatchView> batches) {
    }

    private record BatchView(long batch, String custodian, String file, Instant loadedAt, int accounts,
            List<BreakView> breaks) {
    }

    private record BreakView(String account, String security, String type, boolean error, BigDecimal expected,
            BigDecimal actual, BigDecimal difference, String detail) {
    }
}
