package io.ballast.agent.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.ballast.connectors.custodian.rest.BookResource;
import io.ballast.connectors.custodian.rest.JsonBookMapping;
import io.ballast.connectors.custodian.rest.OAuth2Credentials;
import io.ballast.connectors.custodian.rest.Pagination;
import io.ballast.connectors.custodian.rest.ResourceMapping;
import io.ballast.connectors.custodian.rest.RestApi;
import io.ballast.domain.AccountType;
import io.ballast.domain.Mode;
import io.ballast.domain.Screen;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.TaxRates;
import io.ballast.ledger.ReconTolerances;
import io.ballast.ledger.SettlementCalendar;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a tree that matches the schema, with its defaults filled in and its secrets resolved, into the settings
 * records. Relative paths are resolved against the working directory.
 */
final class ConfigBinder {
    private static final Map<String, Pagination.Style> PAGINATION_STYLES = Map.of("cursor", Pagination.Style.CURSOR,
            "nextLink", Pagination.Style.NEXT_LINK, "none", Pagination.Style.NONE);
    private final Path workingDirectory;

    ConfigBinder(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    BallastConfig bind(Path source, JsonNode tree) {
        return new BallastConfig(source, agent(tree.get("agent")), database(tree.get("database")),
                broker(tree.get("broker")), list(tree.get("custodians"), this::custodian),
                list(tree.get("fixSessions"), this::fixSession), optimizer(tree.get("optimizer")),
                reconciliation(tree.get("reconciliation"), path(tree.get("agent").get("dataDirectory"))),
                http(tree.get("http")), demo(tree.get("demo")), customRoutes(source, tree.get("customRoutes")));
    }

    private ReconciliationSettings reconciliation(JsonNode node, Path dataDirectory) {
        JsonNode tolerances = node.get("tolerances");
        Path reports = node.has("reportDirectory") ? path(node.get("reportDirectory")) : dataDirectory.resolve("recon");
        return new ReconciliationSettings(new ReconTolerances(decimal(tolerances, "quantity"),
                decimal(tolerances, "cash"), decimal(tolerances, "basis"), decimal(tolerances, "basisBps")),
                new SettlementCalendar(node.get("settlementDays").asInt(),
                        Set.copyOf(list(node.get("holidays"), day -> LocalDate.parse(day.asText())))),
                reports);
    }

    private HttpSettings http(JsonNode node) {
        return new HttpSettings(node.get("enabled").asBoolean(), node.get("host").asText(), node.get("port").asInt());
    }

    // beside the configuration file: IT keeps its routes with the file that names them
    private Path customRoutes(Path source, JsonNode node) {
        if (node == null) {
            return null;
        }
        Path configDirectory = workingDirectory.resolve(source).toAbsolutePath().getParent();
        return configDirectory.resolve(node.asText()).normalize();
    }

    private AgentSettings agent(JsonNode node) {
        return new AgentSettings(node.get("name").asText(), path(node.get("dataDirectory")));
    }

    private DatabaseSettings database(JsonNode node) {
        return new DatabaseSettings(text(node.get("url")), text(node.get("username")), text(node.get("password")));
    }

    private BrokerSettings broker(JsonNode node) {
        return new BrokerSettings(node.get("embedded").asBoolean(), text(node.get("url")),
                text(node.get("username")), text(node.get("password")));
    }

    private CustodianSettings custodian(JsonNode node) {
        return new CustodianSettings(node.get("name").asText(), node.get("format").asText(),
                node.get("transport").asText(), node.has("sftp") ? sftp(node.get("sftp")) : null,
                path(node.get("directory")), node.has("rest") ? rest(node.get("rest")) : null,
                node.get("filePattern").asText(), text(node.get("excludePattern")),
                new PollSchedule(Duration.parse(node.get("pollInterval").asText()), text(node.get("schedule")),
                        text(node.get("timeZone"))),
                node.get("doneDirectory").asText(), node.get("failedDirectory").asText(), retry(node.get("retry")),
                path(node.get("mappingFile")), node.get("onBadRows").asText(), node.get("lotMismatch").asText());
    }

    private static RetrySettings retry(JsonNode node) {
        return new RetrySettings(node.get("attempts").asInt(), Duration.parse(node.get("delay").asText()),
                node.get("backoffMultiplier").asDouble());
    }

    private SftpSettings sftp(JsonNode node) {
        return new SftpSettings(node.get("host").asText(), node.get("port").asInt(), node.get("username").asText(),
                text(node.get("password")), path(node.get("privateKeyFile")), text(node.get("privateKeyPassphrase")),
                node.get("directory").asText(), path(node.get("knownHostsFile")),
                node.get("strictHostKeyChecking").asBoolean(), Duration.parse(node.get("connectTimeout").asText()));
    }

    private static RestApi rest(JsonNode node) {
        JsonNode oauth2 = node.get("oauth2");
        JsonNode paging = node.get("pagination");
        Map<String, AccountType> accountTypes = new LinkedHashMap<>();
        node.path("accountTypes").forEachEntry((code, type) -> accountTypes.put(code,
                JsonBookMapping.STANDARD_ACCOUNT_TYPES.get(type.asText())));
        Map<BookResource, ResourceMapping> resources = new EnumMap<>(BookResource.class);
        for (BookResource resource : BookResource.values()) {
            JsonNode mapping = node.get("resources").get(resource.key());
            Map<String, String> fields = new LinkedHashMap<>();
            mapping.get("fields").forEachEntry((field, pointer) -> fields.put(field, pointer.asText()));
            resources.put(resource, new ResourceMapping(mapping.get("path").asText(),
                    mapping.get("items").asText(), fields));
        }
        return new RestApi(URI.create(node.get("baseUrl").asText()),
                new OAuth2Credentials(URI.create(oauth2.get("tokenUrl").asText()), oauth2.get("clientId").asText(),
                        oauth2.get("clientSecret").asText(), text(oauth2.get("scope"))),
                node.get("requestsPerMinute").asInt(), Duration.parse(node.get("rateLimitWindow").asText()),
                new Pagination(PAGINATION_STYLES.get(paging.get("style").asText()), paging.get("next").asText(),
                        paging.get("cursorParameter").asText()),
                new JsonBookMapping(text(node.get("asOf")), accountTypes, resources));
    }

    private FixSessionSettings fixSession(JsonNode node) {
        return new FixSessionSettings(node.get("name").asText(), node.get("beginString").asText(),
                node.get("senderCompId").asText(), node.get("targetCompId").asText(), node.get("host").asText(),
                node.get("port").asInt(), node.get("heartbeatSeconds").asInt(), node.get("resetOnLogon").asBoolean(),
                node.get("reconnectSeconds").asInt(), node.get("store").asText(), node.get("orderType").asText(),
                node.get("timeInForce").asText(), decimal(node, "limitOffsetBps"), node.get("preAllocate").asBoolean(),
                node.get("allocationInstructions").asBoolean());
    }

    private OptimizerSettings optimizer(JsonNode node) {
        Map<String, String> householdModels = new LinkedHashMap<>();
        node.get("householdModels").forEachEntry((household, model) -> householdModels.put(household, model.asText()));
        Map<String, SecurityAttributes> securities = new LinkedHashMap<>();
        node.path("securities").forEachEntry((security, attributes) -> securities.put(security,
                attributes(attributes)));
        return new OptimizerSettings(policy(node.get("policy")),
                text(node.get("riskModelFile")), list(node.get("models"), ConfigBinder::model),
                node.get("defaultModel").asText(), householdModels, securities);
    }

    private PolicySettings policy(JsonNode node) {
        return new PolicySettings(taxRates(node), decimal(node, "taxWeight"), decimal(node, "riskAversion"),
                decimal(node, "driftTolerance"), decimal(node, "costBps"), decimal(node, "ticketCost"),
                decimal(node, "minTradeValue"),
                decimal(node, "cashReserve"), list(node.get("restricted"), JsonNode::asText),
                node.get("washSaleDays").asInt(), node.has("gainsBudget") ? decimal(node, "gainsBudget") : null,
                list(node.get("substantiallyIdentical"), group -> list(group, JsonNode::asText)),
                Mode.valueOf(node.get("mode").asText()), decimal(node, "minBenefitBps"),
                list(node.get("substitutes"), group -> list(group, JsonNode::asText)), Map.of(),
                list(node.get("screens"), ConfigBinder::screen),
                PolicySettings.screenedHoldings(node.get("screenedHoldings").asText()),
                decimal(node, "shareIncrement"), decimals(node.path("assetLocation")));
    }

    /** Rates combined by term where the file gives them so (the older form), else in parts; the standard's if none. */
    static TaxRates taxRates(JsonNode policy) {
        TaxRates standard = TaxRates.TOP_FEDERAL;
        if (policy.has("shortTermRate") || policy.has("longTermRate")) {
            return new TaxRates(policy.has("shortTermRate") ? decimal(policy, "shortTermRate") : standard.shortTerm(),
                    policy.has("longTermRate") ? decimal(policy, "longTermRate") : standard.longTerm());
        }
        JsonNode parts = policy.get("taxRates");
        if (parts == null) {
            return standard;
        }
        return new TaxRates(decimalOr(parts, "federalShortTerm", standard.federalShortTerm()),
                decimalOr(parts, "federalLongTerm", standard.federalLongTerm()),
                decimalOr(parts, "niit", standard.niit()), decimalOr(parts, "state", standard.state()));
    }

    private static BigDecimal decimalOr(JsonNode node, String key, BigDecimal standard) {
        return node.has(key) ? decimal(node, key) : standard;
    }

    static Screen screen(JsonNode node) {
        return PolicySettings.screen(node.path("name").asText(), list(node.path("securities"), JsonNode::asText),
                list(node.path("assetClasses"), JsonNode::asText), list(node.path("tags"), JsonNode::asText));
    }

    private static Map<String, BigDecimal> decimals(JsonNode object) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        object.forEachEntry((key, value) -> values.put(key, value.decimalValue()));
        return values;
    }

    static ModelSettings model(JsonNode node) {
        return new ModelSettings(node.path("id").asText(), decimals(node.path("targets")),
                list(node.path("sleeves"), sleeve -> new ModelSettings.SleeveSettings(sleeve.path("name").asText(),
                        sleeve.path("weight").decimalValue(), decimals(sleeve.path("securities")))));
    }

    private static SecurityAttributes attributes(JsonNode node) {
        return new SecurityAttributes(text(node.get("assetClass")), Set.copyOf(list(node.path("tags"),
                JsonNode::asText)));
    }

    private DemoSettings demo(JsonNode node) {
        return new DemoSettings(node.get("households").asInt(), node.get("seed").asLong(),
                node.get("partialFills").asInt(), decimal(node, "commissionPerShare"));
    }

    private static BigDecimal decimal(JsonNode node, String key) {
        return node.get(key).decimalValue();
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.asText();
    }

    private Path path(JsonNode node) {
        return node == null ? null : workingDirectory.resolve(node.asText()).normalize();
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> items = new ArrayList<>();
        array.forEach(item -> items.add(element.apply(item)));
        return items;
    }
}
