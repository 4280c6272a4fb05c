package io.ballast.agent.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a tree that matches the schema, with its defaults filled in and its secrets resolved, into the settings
 * records. Relative paths are resolved against the working directory.
 */
final class ConfigBinder {
    private final Path workingDirectory;

    ConfigBinder(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    BallastConfig bind(Path source, JsonNode tree) {
        return new BallastConfig(source, agent(tree.get("agent")), database(tree.get("database")),
                broker(tree.get("broker")), list(tree.get("custodians"), this::custodian),
                list(tree.get("fixSessions"), this::fixSession), optimizer(tree.get("optimizer")),
                demo(tree.get("demo")));
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
                path(node.get("directory")), node.get("filePattern").asText(),
                Duration.parse(node.get("pollInterval").asText()));
    }

    private SftpSettings sftp(JsonNode node) {
        return new SftpSettings(node.get("host").asText(), node.get("port").asInt(), node.get("username").asText(),
                text(node.get("password")), path(node.get("privateKeyFile")), node.get("directory").asText(),
                path(node.get("knownHostsFile")), node.get("strictHostKeyChecking").asBoolean());
    }

    private FixSessionSettings fixSession(JsonNode node) {
        return new FixSessionSettings(node.get("name").asText(), node.get("beginString").asText(),
                node.get("senderCompId").asText(), node.get("targetCompId").asText(), node.get("host").asText(),
                node.get("port").asInt(), node.get("heartbeatSeconds").asInt(), node.get("resetOnLogon").asBoolean(),
                node.get("reconnectSeconds").asInt(), node.get("store").asText());
    }

    private OptimizerSettings optimizer(JsonNode node) {
        Map<String, String> householdModels = new LinkedHashMap<>();
        node.get("householdModels").forEachEntry((household, model) -> householdModels.put(household, model.asText()));
        return new OptimizerSettings(policy(node.get("policy")),
                node.has("riskModelFile") ? node.get("riskModelFile").asText() : null, list(node.get("models"), this::model),
                node.get("defaultModel").asText(), householdModels);
    }

    private PolicySettings policy(JsonNode node) {
        return new PolicySettings(decimal(node, "shortTermRate"), decimal(node, "longTermRate"),
                decimal(node, "taxWeight"), decimal(node, "riskAversion"), decimal(node, "driftTolerance"),
                decimal(node, "costBps"), decimal(node, "ticketCost"), decimal(node, "minTradeValue"),
                decimal(node, "cashReserve"), list(node.get("restricted"), JsonNode::asText),
                node.get("washSaleDays").asInt(), node.has("gainsBudget") ? decimal(node, "gainsBudget") : null,
                list(node.get("substantiallyIdentical"), group -> list(group, JsonNode::asText)));
    }

    private ModelSettings model(JsonNode node) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        node.get("targets").forEachEntry((security, weight) -> targets.put(security, weight.decimalValue()));
        return new ModelSettings(node.get("id").asText(), targets);
    }

    private DemoSettings demo(JsonNode node) {
        return new DemoSettings(node.get("households").asInt(), node.get("seed").asLong(),
                node.get("partialFills").asInt());
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
