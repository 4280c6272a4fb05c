package io.ballast.routes.recon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ballast.domain.AccountId;
import io.ballast.domain.BreakType;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.SecurityId;
import io.ballast.ledger.ReconReport;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconReportFormatTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    private static final ReconReport REPORT = new ReconReport(AS_OF, List.of(new ReconReport.Batch(7, "schwab",
            "positions-2026-11-25.csv", AS_OF, Instant.parse("2026-11-25T22:00:00Z"), 2, List.of(
                    new ReconBreak(AccountId.of("1001-TAX"), SecurityId.of("VTI"), BreakType.QUANTITY,
                            new BigDecimal("150"), new BigDecimal("149")),
                    new ReconBreak(AccountId.of("1001-TAX"), null, BreakType.TIMING, new BigDecimal("-2000"),
                            new BigDecimal("1000"), "unsettled: BUY 10 VTI traded 2026-11-25, settles 2026-11-26, then more")))));

    @TempDir
    Path directory;

    @Test
    void textSaysWhatBrokeAndWhatIsOnlyTiming() {
        String text = ReconReportFormat.TEXT.render(REPORT);

        assertThat(text).startsWith("Reconciliation as of 2026-11-25: 1 file(s), 1 break(s), 1 timing difference(s)"
                + " [1 QUANTITY, 1 TIMING]");
        assertThat(text).contains("positions-2026-11-25.csv from schwab (batch 7, loaded 2026-11-25T22:00:00Z, 2 accounts)");
        assertThat(text).containsPattern("BREAK +QUANTITY +1001-TAX +VTI +ledger 150  custodian 149  difference -1");
        assertThat(text).containsPattern("timing +TIMING +1001-TAX +cash +ledger -2000  custodian 1000  difference 3000"
                + "  \\(unsettled: BUY 10 VTI");
    }

    @Test
    void jsonCarriesTotalsAndEveryBreak() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReconReportFormat.JSON.render(REPORT));

        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-25");
        assertThat(json.get("breaks").asLong()).isEqualTo(1);
        assertThat(json.get("timing").asLong()).isEqualTo(1);
        assertThat(json.get("byType").get("QUANTITY").asLong()).isEqualTo(1);
        JsonNode first = json.get("batches").get(0).get("breaks").get(0);
        assertThat(first.get("account").asText()).isEqualTo("1001-TAX");
        assertThat(first.get("security").asText()).isEqualTo("VTI");
        assertThat(first.get("error").asBoolean()).isTrue();
        assertThat(first.get("difference").decimalValue()).isEqualByComparingTo("-1");
    }

    @Test
    void csvHasOneQuotedRecordPerBreak() throws Exception {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(ReconReportFormat.CSV.render(REPORT))).getRecords();

        assertThat(records).hasSize(2);
        assertThat(records.get(1).get("security")).isEqualTo("cash");
        assertThat(records.get(1).get("error")).isEqualTo("false");
        assertThat(records.get(1).get("detail")).as("a detail with commas survives quoting")
                .isEqualTo("unsettled: BUY 10 VTI traded 2026-11-25, settles 2026-11-26, then more");
    }

    @Test
    void filesInEveryFormatUnderTheAsOfDate() throws Exception {
        Path written = new ReconReportFiles(directory).write(REPORT);

        assertThat(written).isEqualTo(directory.resolve("2026-11-25"));
        try (var files = Files.list(written)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("breaks.txt", "breaks.json", "breaks.csv");
        }
        assertThat(Files.readString(written.resolve("breaks.csv"))).isEqualTo(ReconReportFormat.CSV.render(REPORT));
    }
}
