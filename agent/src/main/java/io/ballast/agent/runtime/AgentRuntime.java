package io.ballast.agent.runtime;

import com.zaxxer.hikari.HikariDataSource;
import io.ballast.agent.config.BallastConfig;
import io.ballast.agent.config.CustodianSettings;
import io.ballast.agent.config.CustomRoutes;
import io.ballast.agent.config.FixSessionSettings;
import io.ballast.agent.config.ModelSettings;
import io.ballast.agent.config.RetrySettings;
import io.ballast.agent.ops.LedgerViews;
import io.ballast.agent.ops.OpsHttpServer;
import io.ballast.agent.optimize.RiskModelFiles;
import io.ballast.connectors.custodian.CustodianFormats;
import io.ballast.connectors.custodian.ParseContext;
import io.ballast.connectors.custodian.rest.OAuth2TokenSource;
import io.ballast.connectors.fix.FixGateway;
import io.ballast.connectors.fix.FixMessageStore;
import io.ballast.connectors.fix.FixSessionConfig;
import io.ballast.connectors.fix.FixSessionStatus;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.RiskModel;
import io.ballast.ledger.AllocationInstructions;
import io.ballast.ledger.BookLoader;
import io.ballast.ledger.HouseholdSnapshots;
import io.ballast.ledger.LedgerAccounts;
import io.ballast.ledger.LedgerDatabase;
import io.ballast.ledger.OrderBook;
import io.ballast.ledger.ProposalStore;
import io.ballast.ledger.ReconBreaks;
import io.ballast.ledger.SecurityMasterTable;
import io.ballast.optimizer.HouseholdOptimizer;
import io.ballast.routes.CustodianRoute;
import io.ballast.routes.ExecutionHandler;
import io.ballast.routes.FixEventsToBroker;
import io.ballast.routes.HouseholdModels;
import io.ballast.routes.OrderDispatcher;
import io.ballast.routes.RebalanceRoute;
import io.ballast.routes.RebalanceStage;
import io.ballast.routes.RestCustodianRoute;
import io.ballast.routes.RetryPolicy;
import io.ballast.routes.TradingRoute;
import io.ballast.routes.recon.ReconPublisher;
import io.ballast.routes.recon.ReconReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent, assembled from its configuration: the ledger database, the broker, the FIX gateway and the Camel
 * routes of the cycle. Everything started is stopped by {@link #close()}, in reverse order.
 */
public final class AgentRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentRuntime.class);
    private static final int REBALANCE_CONSUMERS = 2;

    private final List<AutoCloseable> started = new ArrayList<>();
    private final HikariDataSource dataSource;
    private final FixGateway gateway;
    private OpsHttpServer http;

    private AgentRuntime(BallastConfig config, Clock clock) throws Exception {
        try {
            Path data = config.agent().dataDirectory();
            Files.createDirectories(data);
            dataSource = Databases.open(config.database(), data);
            started.add(dataSource);
            LedgerDatabase.migrate(dataSource);
            if (config.broker().embedded()) {
                started.add(new EmbeddedBroker(data.resolve("broker")).start());
            }

            Main camel = new Main();
            started.add(camel::stop);
            camel.configure().setName(config.agent().name());
            camel.bind("jms", BrokerConnection.jmsComponent(config.broker()));
            camel.init();
            CamelContext context = camel.getCamelContext();
            AgentMetrics metrics = new AgentMetrics(config.agent().name());
            started.add(metrics);
            metrics.measureRoutes(context);

            OrderBook orders = new OrderBook(dataSource, clock);
            gateway = new FixGateway(fixSessions(config, data.resolve("fix"), dataSource),
                    new FixEventsToBroker(context.createProducerTemplate(), orders), clock);
            metrics.measureSessions(gateway);
            FixSessionSettings session = config.fixSessions().get(0);
            OrderDispatcher dispatcher = new OrderDispatcher(orders, new AllocationInstructions(dataSource, clock),
                    gateway, session.name(), session.orderTerms());
            context.addRoutes(new TradingRoute(dispatcher, new ExecutionHandler(orders, gateway, dispatcher)));
            context.addRoutes(new RebalanceRoute(new RebalanceStage(new HouseholdSnapshots(dataSource,
                    config.optimizer().securityAttributes()),
                    householdModels(config), riskModel(config), new HouseholdOptimizer(),
                    config.optimizer().policy().toPolicy(), new ProposalStore(dataSource, clock),
                    new ReconBreaks(dataSource)), REBALANCE_CONSUMERS));
            BookLoader loader = new BookLoader(dataSource, clock, config.reconciliation().tolerances(),
                    config.reconciliation().settlement());
            ReconPublisher recon = new ReconPublisher(new ReconBreaks(dataSource),
                    new ReconReportFiles(config.reconciliation().reportDirectory()));
            SecurityMasterTable securityMaster = new SecurityMasterTable(dataSource, clock);
            LedgerAccounts accounts = new LedgerAccounts(dataSource);
            for (CustodianSettings custodian : config.custodians()) {
                if ("sftp".equals(custodian.transport()) && !custodian.sftp().strictHostKeyChecking()) {
                    LOG.warn("custodian {}: SFTP host-key checking is OFF by configuration; the server is not verified",
                            custodian.name());
                }
                context.addRoutes(custodianRoute(custodian, loader, clock, recon, securityMaster, accounts));
            }
            if (config.customRoutes() != null) {
                CustomRoutes.load(context, config.customRoutes());
                LOG.info("custom routes loaded from {}: {}", config.customRoutes(),
                        CustomRoutes.files(config.customRoutes()).stream().map(f -> f.getFileName().toString())
                                .collect(Collectors.joining(", ")));
            }
            camel.start();
            started.add(gateway);
            gateway.start();
            if (config.http().enabled()) {
                http = OpsHttpServer.start(config.http().host(), config.http().port(), config.agent().name(),
                        new LedgerViews(dataSource, config.fixSessions(), clock), gateway::status, dispatcher,
                        metrics::scrape);
                started.add(http);
            }
            LOG.info("agent {} started: {} custodian route(s), FIX session(s) {}", config.agent().name(),
                    config.custodians().size(),
                    config.fixSessions().stream().map(FixSessionSettings::name).collect(Collectors.joining(", ")));
        } catch (Exception | Error e) {
            // whatever started before the failure is stopped again, so a failed start leaves nothing running
            close();
            throw e;
        }
    }

    public static AgentRuntime start(BallastConfig config, Clock clock) throws Exception {
        return new AgentRuntime(config, clock);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Where the HTTP endpoints answer, when they are enabled. */
    public Optional<String> httpUrl() {
        return Optional.ofNullable(http).map(OpsHttpServer::url);
    }

    /** Each FIX session: logged on or not, and its next sequence numbers. */
    public List<FixSessionStatus> fixSessions() {
        return gateway.status();
    }

    private RoutesBuilder custodianRoute(CustodianSettings custodian, BookLoader loader, Clock clock,
            ReconPublisher recon, SecurityMasterTable securityMaster, LedgerAccounts accounts) {
        if ("rest".equals(custodian.transport())) {
            if (!"https".equals(custodian.rest().baseUrl().getScheme())) {
                LOG.warn("custodian {}: the API is called over plain HTTP ({}); use https outside tests",
                        custodian.name(), custodian.rest().baseUrl());
            }
            RetrySettings retry = custodian.retry();
            return new RestCustodianRoute(custodian.name(), custodian.rest(),
                    new OAuth2TokenSource(custodian.rest().oauth2(), clock), CustodianUris.scheduler(custodian),
                    new RetryPolicy(retry.attempts(), retry.delay(), retry.backoffMultiplier()), loader, clock, recon);
        }
        CustodianFormats formats = CustodianFormats.standard();
        if (custodian.mappingFile() != null) {
            formats.withMapping(custodian.mappingFile());
        }
        ParseContext parsing = new ParseContext(securityMaster, accounts::find,
                ParseContext.LotMismatch.valueOf(custodian.lotMismatch().toUpperCase(Locale.ROOT)));
        return new CustodianRoute(custodian.name(), CustodianUris.of(custodian), custodian.doneDirectory(),
                custodian.failedDirectory(), CustodianRoute.takenFiles(dataSource, custodian.name()),
                formats.get(custodian.format()), parsing,
                CustodianRoute.BadRows.valueOf(custodian.onBadRows().toUpperCase(Locale.ROOT)), loader, clock, recon);
    }

    private static List<FixSessionConfig> fixSessions(BallastConfig config, Path storeDirectory,
            DataSource ledger) {
        return config.fixSessions().stream()
                .map(s -> new FixSessionConfig(s.name(), s.beginString(), s.senderCompId(), s.targetCompId(),
                        s.host(), s.port(), s.heartbeatSeconds(), s.resetOnLogon(),
                        "file".equals(s.store()) ? FixMessageStore.files(storeDirectory.resolve(s.name()))
                                : FixMessageStore.database(ledger),
                        s.reconnectSeconds()))
                .toList();
    }

    /** The configured risk model; without one every security counts as uncorrelated at 20% volatility. */
    private static RiskModel riskModel(BallastConfig config) {
        String file = config.optimizer().riskModelFile();
        if (file == null) {
            LOG.warn("no optimizer.riskModelFile configured: tracking error counts every security as uncorrelated"
                    + " at 20% volatility");
            return RiskModel.uncorrelated();
        }
        return RiskModelFiles.read(Path.of(file));
    }

    private static HouseholdModels householdModels(BallastConfig config) {
        Map<ModelId, Model> models = config.optimizer().models().stream().map(ModelSettings::toModel)
                .collect(Collectors.toMap(Model::id, Function.identity()));
        Map<HouseholdId, ModelId> assignments = config.optimizer().householdModels().entrySet().stream()
                .collect(Collectors.toMap(e -> HouseholdId.of(e.getKey()), e -> ModelId.of(e.getValue())));
        return new HouseholdModels(models, ModelId.of(config.optimizer().defaultModel()), assignments);
    }

    @Override
    public void close() {
        List<AutoCloseable> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        for (AutoCloseable part : reverse) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("stopping {}: {}", part, e.getMessage());
            }
        }
    }
}
