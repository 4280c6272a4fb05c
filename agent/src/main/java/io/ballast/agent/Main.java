package io.ballast.agent;

import io.ballast.agent.optimize.OptimizeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code ballast} command line. */
@Command(name = "ballast", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Keeps every household on its model at the lowest tax cost: custodian files in, "
                + "block orders out over FIX, fills allocated, books reconciled.",
        subcommands = {DemoCommand.class, RunCommand.class, ValidateConfigCommand.class, BenchCommand.class,
                OptimizeCommand.class, FixSimulatorCommand.class, SessionsCommand.class, OrdersCommand.class,
                ReconCommand.class, HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code of a configuration that does not validate. */
    static final int INVALID_CONFIG = 1;
    /** Exit code of a cycle stage that failed. */
    static final int STAGE_FAILED = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"ballast " + (version == null ? "(development build)" : version),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
