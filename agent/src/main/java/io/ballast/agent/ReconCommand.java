package io.ballast.agent;

import io.ballast.agent.ops.AgentOrLedger;
import io.ballast.ledger.ReconReport;
import io.ballast.routes.recon.ReconReportFormat;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "recon", mixinStandardHelpOptions = true,
        description = "Shows the reconciliation breaks of the custodian files loaded as of a date: breaks that hold "
                + "a household, and timing differences that unsettled trades explain. Asks the running agent; when "
                + "none answers, reads the ledger.")
final class ReconCommand extends AgentViewCommand {
    @Option(names = "--as-of", paramLabel = "DATE",
            description = "as-of date of the custodian files, such as 2026-11-25 (default: the newest loaded)")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE})")
    private String format;

    @Override
    protected int show(AgentOrLedger source, PrintWriter out, PrintWriter err) throws InterruptedException {
        ReconReportFormat chosen;
        try {
            chosen = ReconReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("ballast recon: --format '" + format + "' is not one of text, json, csv");
            return Main.INVALID_CONFIG;
        }
        Optional<AgentOrLedger.AgentAnswer> answer = source.ask("/recon?format=" + chosen.name().toLowerCase(
                Locale.ROOT) + (asOf == null ? "" : "&asOf=" + asOf));
        if (answer.isPresent()) {
            // the agent rendered the report; errors come as JSON with a reason. Where it came from goes to
            // stderr, so the report on stdout stays a clean JSON or CSV document.
            err.println("(source: running agent at " + source.agentUrl().orElseThrow() + ")");
            (answer.get().status() == 200 ? out : err).print(answer.get().body());
            return answer.get().status() == 200 ? 0 : Main.STAGE_FAILED;
        }
        Optional<ReconReport> report = source.ledger().recon(asOf);
        if (report.isEmpty()) {
            err.println("ballast recon: no custodian file has been loaded in the " + source.ledgerSource());
            return Main.STAGE_FAILED;
        }
        err.println("(source: " + source.ledgerSource() + ")");
        out.print(chosen.render(report.get()));
        return 0;
    }
}
