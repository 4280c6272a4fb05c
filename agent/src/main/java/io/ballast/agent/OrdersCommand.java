package io.ballast.agent;

import io.ballast.agent.ops.AgentOrLedger;
import io.ballast.agent.ops.BlotterView;
import io.ballast.agent.ops.OpsHttpServer;
import io.ballast.routes.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "orders", mixinStandardHelpOptions = true,
        description = "Shows the blotter of a trade date: block orders, their fills, average price and status. "
                + "Asks the running agent; when none answers, reads the ledger.",
        subcommands = {CancelOrderCommand.class, ReplaceOrderCommand.class})
final class OrdersCommand extends AgentViewCommand {
    @Option(names = "--date", paramLabel = "DATE", description = "trade date, such as 2026-11-25 (default: today)")
    private LocalDate date;

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Override
    protected int show(AgentOrLedger source, PrintWriter out, PrintWriter err) throws InterruptedException {
        LocalDate day = date == null ? LocalDate.now(MarketClock.system()) : date;
        Optional<AgentOrLedger.AgentAnswer> answer = source.ask("/orders?date=" + day);
        BlotterView view = answer.isPresent()
                ? withSource(Json.read(answer.get().body(), BlotterView.class), source)
                : source.ledger().orders(day, source.ledgerSource());
        out.print(json ? Json.write(view) + "\n" : table(view));
        return 0;
    }

    private static BlotterView withSource(BlotterView view, AgentOrLedger source) {
        return new BlotterView(view.date(), OpsHttpServer.SOURCE + " at " + source.agentUrl().orElseThrow(),
                view.orders());
    }

    static String table(BlotterView view) {
        StringBuilder text = new StringBuilder(String.format("Blotter of %s: %d order(s) (source: %s)%n", view.date(),
                view.orders().size(), view.source()));
        for (BlotterView.Order o : view.orders()) {
            text.append(String.format("  %-22s %-4s %-6s %10s  filled %10s @ %-12s comm %8s %-16s %s%n",
                    o.clOrdId(), o.side(), o.security(), o.quantity().toPlainString(), o.cumQty().toPlainString(),
                    o.avgPx().toPlainString(), o.commission().toPlainString(), o.status(),
                    o.allocated() ? "allocated" : ""));
            for (BlotterView.Fill f : o.executions()) {
                text.append(String.format("      %-18s %-16s %10s @ %-12s comm %8s %s%s%n", f.execType(),
                        f.ordStatus(), f.lastQty().toPlainString(), f.lastPx().toPlainString(),
                        f.commission().toPlainString(), f.transactTime(), f.text() == null ? "" : "  " + f.text()));
            }
        }
        return text.toString();
    }
}
