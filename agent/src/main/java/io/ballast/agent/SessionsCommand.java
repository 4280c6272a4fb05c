package io.ballast.agent;

import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.ConfigException;
import io.ballast.agent.ops.AgentOrLedger;
import io.ballast.agent.ops.OpsHttpServer;
import io.ballast.agent.ops.SessionsView;
import io.ballast.routes.Json;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Shows each FIX session: logged on or not, next sequence numbers each way, last heartbeat. "
                + "Asks the running agent; when none answers, shows the sequence numbers its message store kept.")
final class SessionsCommand implements Callable<Integer> {
    @Mixin
    private ConfigOption config;

    @Option(names = "--json", description = "print JSON instead of a table")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BallastConfig loaded;
        try {
            loaded = config.load();
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return Main.INVALID_CONFIG;
        }
        try (AgentOrLedger source = new AgentOrLedger(loaded, MarketClock.system())) {
            Optional<AgentOrLedger.AgentAnswer> answer = source.ask("/sessions");
            SessionsView view = answer.isPresent()
                    ? withSource(Json.read(answer.get().body(), SessionsView.class), source)
                    : source.ledger().stored(source.ledgerSource());
            out.print(json ? Json.write(view) + "\n" : table(view));
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("ballast sessions: " + e.getMessage());
            return Main.STAGE_FAILED;
        }
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
