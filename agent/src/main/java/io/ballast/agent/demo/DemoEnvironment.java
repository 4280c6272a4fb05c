package io.ballast.agent.demo;

import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.CustodianSettings;
import io.ballast.agent.config.DemoSettings;
import io.ballast.agent.config.FixSessionSettings;
import io.ballast.agent.config.HttpSettings;
import io.ballast.agent.config.SftpSettings;
import io.ballast.connectors.fix.simulator.FixSimulator;
import io.ballast.connectors.fix.simulator.SimulatorConfig;
import io.ballast.connectors.fix.simulator.SimulatorSession;
import io.ballast.connectors.sftp.EmbeddedSftpServer;
import io.ballast.connectors.sftp.SftpServerConfig;
import io.ballast.domain.CustodianSnapshot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import io.ballast.agent.optimize.RiskModelFiles;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.optimizer.bench.SyntheticRiskModels;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The world around the agent in the demo: the custodian's SFTP server and the broker's FIX acceptor, both in this
 * process on free local ports, and the agent's configuration pointed at them. The demo's data directory is wiped
 * at each start (only when it is one the demo made), so every run starts from the same book.
 */
final class DemoEnvironment implements AutoCloseable {
    private static final String MARKER = ".ballast-demo";

    private final BallastConfig config;
    private final CustodianSnapshot openingBook;
    private final EmbeddedSftpServer sftp;
    private final FixSimulator broker;
    private final Path outbox;

    private DemoEnvironment(BallastConfig config, CustodianSnapshot openingBook, EmbeddedSftpServer sftp,
            FixSimulator broker, Path outbox) {
        this.config = config;
        this.openingBook = openingBook;
        this.sftp = sftp;
        this.broker = broker;
        this.outbox = outbox;
    }

    static DemoEnvironment start(BallastConfig config, Clock clock) throws IOException {
        Path data = freshDataDirectory(config.agent().dataDirectory());
        CustodianSettings custodian = config.custodians().get(0);
        SftpSettings login = custodian.sftp();
        Path root = Files.createDirectories(data.resolve("custodian-sftp"));
        Path outbox = Files.createDirectories(root.resolve(login.directory()));
        EmbeddedSftpServer sftp = new EmbeddedSftpServer(new SftpServerConfig(0, root, login.username(),
                login.password(), null, data.resolve("custodian-host-key")));
        sftp.start();
        sftp.writeKnownHosts(login.knownHostsFile());
        DemoSettings demo = config.demo();
        CustodianSnapshot openingBook = DemoBook.generate(demo.households(), demo.seed(),
                LocalDate.now(clock).minusDays(1));
        Map<String, BigDecimal> closingPrices = DemoBook.closingPrices(openingBook);
        FixSessionSettings session = config.fixSessions().get(0);
        FixSimulator broker = new FixSimulator(new SimulatorConfig(0,
                List.of(new SimulatorSession(session.beginString(), session.targetCompId(), session.senderCompId())),
                closingPrices::get, demo.partialFills(), demo.seed(), Set.of(), data.resolve("fix-simulator"), clock)
                .withCommissionPerShare(demo.commissionPerShare()));
        broker.start();
        String riskModelFile = config.optimizer().riskModelFile();
        if (riskModelFile == null) {
            riskModelFile = writeDemoRiskModel(openingBook, demo.seed(), data).toString();
        }
        return new DemoEnvironment(config.withOptimizer(config.optimizer().withRiskModelFile(riskModelFile)),
                openingBook, sftp, broker, outbox);
    }

    /**
     * The demo custodian's feed carries no risk model, so the demo makes a small seeded one for its securities:
     * a market factor and three others ({@link SyntheticRiskModels}), 3% specific volatility.
     */
    private static Path writeDemoRiskModel(CustodianSnapshot book, long seed, Path data) throws IOException {
        List<SecurityId> securities = book.securities().stream().map(Security::id).sorted().toList();
        Path file = data.resolve("risk-model.json");
        RiskModelFiles.write(SyntheticRiskModels.factorModel(securities, 4, 0.03, seed), file);
        return file;
    }

    /** The demo custodian's book on the evening before the trade date. */
    CustodianSnapshot openingBook() {
        return openingBook;
    }

    Path outbox() {
        return outbox;
    }

    /** The configuration with the custodian and FIX session pointed at the embedded servers' ports. */
    BallastConfig agentConfig() {
        CustodianSettings custodian = config.custodians().get(0);
        CustodianSettings pointed = custodian.withSftp(custodian.sftp().withPort(sftp.port()));
        FixSessionSettings session = config.fixSessions().get(0).at("localhost", broker.port());
        // a free port, so a demo never collides with an agent already running on this machine
        HttpSettings http = new HttpSettings(config.http().enabled(), config.http().host(), 0);
        return new BallastConfig(config.source(), config.agent(), config.database(), config.broker(),
                List.of(pointed), List.of(session), config.optimizer(), config.reconciliation(), http, config.demo(),
                config.customRoutes());
    }

    private static Path freshDataDirectory(Path data) throws IOException {
        if (Files.isDirectory(data)) {
            boolean ours = Files.exists(data.resolve(MARKER));
            try (Stream<Path> entries = Files.list(data)) {
                if (!ours && entries.findAny().isPresent()) {
                    throw new DemoStageException("setup", "data directory " + data.toAbsolutePath()
                            + " is not empty and was not made by the demo; choose another agent.dataDirectory");
                }
            }
            try (Stream<Path> tree = Files.walk(data)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(data);
        Files.createFile(data.resolve(MARKER));
        return data;
    }

    @Override
    public void close() throws Exception {
        try (sftp; broker) {
            // both stop, the broker first
        }
    }
}
