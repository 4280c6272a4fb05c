package io.ballast.agent;

import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.ConfigException;
import io.ballast.agent.config.ConfigLoader;
import io.ballast.agent.demo.DemoCycle;
import io.ballast.agent.demo.DemoStageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs one full cycle on embedded parts and sample data: custodian SFTP server, ledger, "
                + "optimizer, FIX counterparty, allocation and reconciliation; prints what each stage did.")
final class DemoCommand implements Callable<Integer> {
    static final Path DEFAULT_CONFIG = Path.of("config", "ballast.yaml");

    @Option(names = "--config", paramLabel = "FILE",
            description = "the demo configuration (default: config/ballast.yaml if present, else the bundled one)")
    private Path file;

    @Override
    public Integer call() throws Exception {
        // The summary is the demo's output; the agent's log goes to logs/ballast.log, warnings also to the console.
        System.setProperty("ballast.console.level", "WARN");
        BallastConfig config;
        try {
            config = ConfigLoader.load(configFile());
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return Main.INVALID_CONFIG;
        }
        System.out.println("Ballast demo: one full cycle on embedded parts (data in "
                + config.agent().dataDirectory() + ", log in logs/ballast.log)");
        try (DemoCycle cycle = DemoCycle.start(config, MarketClock.system(), System.out)) {
            DemoCycle.DemoReport report = cycle.run();
            System.out.printf("%nCycle complete: %d households, %d trades, %d block orders, %d allocations, "
                    + "%s commission, %d reconciliation breaks.%n", report.proposals().size(),
                    report.proposals().stream().mapToInt(p -> p.trades().size()).sum(), report.blockOrders().size(),
                    report.allocations().size(), report.commission().toPlainString(),
                    report.breaks().stream().filter(b -> b.type().isError()).count());
            return 0;
        } catch (DemoStageException e) {
            System.err.println("Demo failed: " + e.getMessage());
            return Main.STAGE_FAILED;
        }
    }

    private Path configFile() throws IOException {
        if (file != null) {
            return file;
        }
        if (Files.exists(DEFAULT_CONFIG)) {
            return DEFAULT_CONFIG;
        }
        Path bundled = Files.createTempFile("ballast-demo", ".yaml");
        bundled.toFile().deleteOnExit();
        try (InputStream in = DemoCommand.class.getResourceAsStream("/ballast/config/ballast.yaml")) {
            Files.copy(in, bundled, StandardCopyOption.REPLACE_EXISTING);
        }
        return bundled;
    }
}
