package io.ballast.agent;

import io.ballast.agent.ops.AgentOrLedger;
import io.ballast.agent.ops.OpsHttpServer;
import io.ballast.routes.Json;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/**
 * Cancels or replaces a working order through the running agent, which holds the FIX session; with no agent
 * answering nothing is done. The counterparty's answer arrives later and shows in {@code ballast orders}.
 */
abstract class OrderActionCommand extends AgentViewCommand {
    @Parameters(index = "0", paramLabel = "CLORDID", description = "the order's ClOrdID, as the blotter shows it")
    private String order;

    /** The action's path and query for the order, such as {@code /orders/X/cancel}. */
    protected abstract String path(String encodedOrder);

    @Override
    protected final int show(AgentOrLedger source, PrintWriter out, PrintWriter err) throws InterruptedException {
        Optional<AgentOrLedger.AgentAnswer> answer = source.post(path(URLEncoder.encode(order,
                StandardCharsets.UTF_8)));
        if (answer.isEmpty()) {
            err.println("no agent answers" + source.agentUrl().map(url -> " at " + url).orElse(" (HTTP endpoints"
                    + " off or on a random port)") + ": orders are canceled and replaced through the running agent,"
                    + " which holds the FIX session");
            return Main.STAGE_FAILED;
        }
        if (answer.get().status() != 202) {
            err.println("order " + order + " not changed: " + Json.read(answer.get().body(),
                    OpsHttpServer.Problem.class).error());
            return Main.STAGE_FAILED;
        }
        OpsHttpServer.OrderAction action = Json.read(answer.get().body(), OpsHttpServer.OrderAction.class);
        out.printf("%s of %s sent as %s; the counterparty's answer shows in `ballast orders`%n", action.action(),
                action.order(), action.request());
        return 0;
    }
}
