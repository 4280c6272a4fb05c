package io.ballast.agent;

import io.ballast.agent.ops.AgentOrLedger;
import io.ballast.agent.ops.OpsHttpServer;
import io.ballast.agent.ops.SessionsView;
import io.ballast.routes.Json;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Shows each FIX session: logged on or not, next sequence numbers each way, last heartbeat. "
                + "Asks the running agent; when none answers, shows the sequence numbers its message store kept.")
final class SessionsCommand extends AgentViewCommand {
    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Override
    protected int show(AgentOrLedger source, PrintWriter out, PrintWriter err) throws InterruptedException {
        Optional<AgentOrLedger.AgentAnswer> answer = source.ask("/sessions");
        SessionsView view = answer.isPresent()
                ? withSource(Json.read(answer.get().body(), SessionsView.class), source)
                : source.ledger().stored(source.ledgerSource());
        out.print(json ? Json.write(view) + "\n" : table(view));
        return 0;
    }

    private static SessionsView withSource(SessionsView view, AgentOrLedger source) {
        return new SessionsView(OpsHttpServer.SOURCE + " at " + source.agentUrl().orElseThrow(), view.sessions());
    }

    static String table(SessionsView view) {
        StringBuilder text = new StringBuilder("FIX sessions (source: " + view.source() + ")\n");
        for (SessionsView.Session s : view.sessions()) {
            String state = s.loggedOn() == null ? "logon unknown" : s.loggedOn() ? "logged on" : "NOT logged on";
            text.append(String.format("  %-16s %-8s %s->%s  %-13s  next out %d  next in %d  last heartbeat %s%n",
                    s.name(), s.beginString(), s.senderCompId(), s.targetCompId(), state, s.nextSenderSeqNum(),
                    s.nextTargetSeqNum(), s.lastHeartbeat() == null ? "-" : s.lastHeartbeat()));
        }
        return text.toString();
    }
}
