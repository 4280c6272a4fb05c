package io.ballast.agent;

import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.ConfigException;
import io.ballast.agent.ops.AgentOrLedger;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command for traders and operations: asks the running agent of the configuration over HTTP and, for the
 * read-only views, reads its ledger when none answers. An invalid configuration exits {@link Main#INVALID_CONFIG};
 * a view that cannot be shown or an action that is refused exits {@link Main#STAGE_FAILED} with the reason.
 */
abstract class AgentViewCommand implements Callable<Integer> {
    @Mixin
    private ConfigOption config;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            BallastConfig loaded;
            try {
                loaded = config.load();
            } catch (ConfigException e) {
                err.println(e.getMessage());
                return Main.INVALID_CONFIG;
            }
            try (AgentOrLedger source = new AgentOrLedger(loaded, MarketClock.system())) {
                return show(source, out, err);
            } catch (RuntimeException e) {
                err.println(spec.qualifiedName() + ": " + e.getMessage());
                return Main.STAGE_FAILED;
            }
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Prints the view from the agent or the ledger; returns the exit code. */
    protected abstract int show(AgentOrLedger source, PrintWriter out, PrintWriter err) throws InterruptedException;
}
