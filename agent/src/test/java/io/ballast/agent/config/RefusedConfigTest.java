package io.ballast.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each broken file under src/test/resources/config is refused with the problem it was broken with. */
class RefusedConfigTest {

    @Test
    void wrongType() {
        assertThat(problemsOf("wrong-type.yaml")).containsExactly(
                problem("wrong-type.yaml", 10, 7, "custodians[0].sftp.port", "must be an integer between 1 and 65535"));
    }

    @Test
    void missingRequiredKey() {
        assertThat(problemsOf("missing-required.yaml")).containsExactly(
                problem("missing-required.yaml", 6, 5, "fixSessions[0].targetCompId", "is required"));
    }

    @Test
    void outOfRange() {
        assertThat(problemsOf("out-of-range.yaml")).containsExactly(
                problem("out-of-range.yaml", 11, 5, "fixSessions[0].port", "must be an integer between 1 and 65535"));
    }

    @Test
    void unknownKeySuggestsTheKeyMeant() {
        assertThat(problemsOf("unknown-key.yaml")).containsExactly(
                problem("unknown-key.yaml", 10, 7, "custodians[0].sftp.prot", "unknown key 'prot' — did you mean 'port'?"));
    }

    @Test
    void badEnumValue() {
        assertThat(problemsOf("bad-enum.yaml")).containsExactly(
                problem("bad-enum.yaml", 7, 5, "custodians[0].transport", "must be one of 'sftp', 'directory', 'rest'"));
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        List<ConfigProblem> problems = problemsOf("syntax-error.yaml");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(8);
        assertThat(problems.get(0).message()).startsWith("invalid YAML: mapping values are not allowed");
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        List<ConfigProblem> problems = problemsOf("duplicate-key.yaml");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(4);
        assertThat(problems.get(0).message()).contains("'name'");
    }

    @Test
    void unknownModelReference() {
        assertThat(problemsOf("unknown-model.yaml")).containsExactly(problem("unknown-model.yaml", 13, 5,
                "optimizer.householdModels.HH-0007", "names no model defined under optimizer.models (defined: all-stock)"));
    }

    @Test
    void modelWeightsMustSumToOne() {
        assertThat(problemsOf("weights-not-one.yaml")).containsExactly(problem("weights-not-one.yaml", 11, 7,
                "optimizer.models[1].targets", "weights of model balanced sum to 0.95, not 1"));
    }

    @Test
    void optimizerRulesTheDomainRefusesAreNamedAtTheirLine() {
        assertThat(problemsOf("optimizer-rules.yaml")).containsExactly(
                problem("optimizer-rules.yaml", 10, 5, "optimizer.policy.taxRates",
                        "give the tax rates either in parts (taxRates) or combined (shortTermRate, longTermRate),"
                                + " not both"),
                problem("optimizer-rules.yaml", 11, 5, "optimizer.policy.shareIncrement",
                        "share increment must divide one share evenly (1, 0.1, 0.001, ...), was 0.3"),
                problem("optimizer-rules.yaml", 14, 10, "optimizer.policy.screens[1].name",
                        "a screen named 'tobacco' is given twice"),
                problem("optimizer-rules.yaml", 18, 7, "optimizer.models[0].sleeves",
                        "model all-stock gives both targets and sleeves; give one"));
    }

    @Test
    void unsetEnvironmentVariable() {
        assertThat(problemsOf("unset-env.yaml")).containsExactly(problem("unset-env.yaml", 11, 7,
                "custodians[0].sftp.password", "environment variable BALLAST_TEST_SFTP_PASSWORD is not set"));
    }

    @Test
    void namesMustBeUnique() {
        assertThat(problemsOf("duplicate-names.yaml")).containsExactly(
                problem("duplicate-names.yaml", 9, 5, "custodians[1].name", "custodian 'custodian-a' is already defined at line 5"),
                problem("duplicate-names.yaml", 20, 5, "fixSessions[1].name", "FIX session 'broker-a' is already defined at line 14"));
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        ConfigException refused = refuse("many-problems.yaml");

        assertThat(refused.problems()).extracting(ConfigProblem::key).containsExactly("agent.dataDirectory",
                "custodians[0].format", "custodians[0].pollInterval", "optimizer.policy.cashReserve", "optimizer.models");
        assertThat(refused.getMessage()).isEqualTo(String.join("\n",
                Fixtures.config("many-problems.yaml") + ":4:3: agent.dataDirectory: must be text",
                Fixtures.config("many-problems.yaml") + ":7:5: custodians[0].format: must be one of 'ballast-csv', 'schwab-csv',"
                        + " 'fidelity-psv', 'pershing-fixed', 'swift-mt535', 'swift-mt536'",
                Fixtures.config("many-problems.yaml") + ":10:5: custodians[0].pollInterval: must be an ISO-8601 duration such as PT30S, PT5M or PT1H",
                Fixtures.config("many-problems.yaml") + ":14:5: optimizer.policy.cashReserve: must be a number between 0 and 1",
                Fixtures.config("many-problems.yaml") + ":15:3: optimizer.models: must list at least 1 entry"));
    }

    @Test
    void anUnknownKeyFarFromAnyKnownOneListsTheKnownOnes(@TempDir Path directory) throws IOException {
        Path config = Files.writeString(directory.resolve("ballast.yaml"), """
                agent: {name: a}
                custodians:
                  - {name: c, format: ballast-csv, transport: sftp}
                fixSessions: []
                optimizer: {models: [{id: m, targets: {VTI: 1}}], defaultModel: m}
                logging: {level: debug}
                """);

        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(config));

        assertThat(refused.problems()).containsExactly(
                new ConfigProblem(config, 3, 5, "custodians[0].sftp", "is required when transport is sftp"),
                new ConfigProblem(config, 6, 1, "logging", "unknown key 'logging' — expected one of agent, database, "
                        + "broker, custodians, fixSessions, optimizer, reconciliation, http, demo, customRoutes"));
    }

    @Test
    void aHolidayMustBeACalendarDateAndAToleranceNotNegative(@TempDir Path directory) throws IOException {
        Path config = Files.writeString(directory.resolve("ballast.yaml"), """
                agent: {name: a}
                custodians: []
                fixSessions: []
                optimizer: {models: [{id: m, targets: {VTI: 1}}], defaultModel: m}
                reconciliation:
                  tolerances: {cash: -1}
                  holidays: ["2026-11-26", "2026-02-30"]
                """);

        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(config));

        assertThat(refused.problems()).extracting(ConfigProblem::key, ConfigProblem::message).containsExactly(
                tuple("reconciliation.tolerances.cash", "must be a number of at least 0"));
        Path calendar = Files.writeString(directory.resolve("calendar.yaml"),
                Files.readString(config).replace("  tolerances: {cash: -1}\n", ""));
        assertThat(catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(calendar)).problems())
                .containsExactly(new ConfigProblem(calendar, 6, 28, "reconciliation.holidays[1]",
                        "'2026-02-30' is not a calendar date"));
    }

    @Test
    void custodianSchedulesAndPatternsAreChecked(@TempDir Path directory) throws IOException {
        Path config = Files.writeString(directory.resolve("ballast.yaml"), """
                agent: {name: a}
                custodians:
                  - name: c
                    transport: directory
                    directory: inbox
                    excludePattern: '*.tmp'
                    schedule: '0 */5 6-9 * MON-FRI'
                    pollInterval: PT1M
                  - {name: d, transport: directory, directory: inbox, schedule: '0 0 6 * * *', timeZone: Mars/Olympus}
                fixSessions: []
                optimizer: {models: [{id: m, targets: {VTI: 1}}], defaultModel: m}
                """);

        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(config));

        assertThat(refused.problems()).extracting(ConfigProblem::line, ConfigProblem::key).containsExactly(
                tuple(6, "custodians[0].excludePattern"), tuple(7, "custodians[0].schedule"),
                tuple(8, "custodians[0].pollInterval"), tuple(9, "custodians[1].timeZone"));
        assertThat(refused.getMessage()).contains("is not a valid regular expression",
                "is not a cron expression of six fields", "cannot be set together with schedule",
                "is not a time zone");
    }

    @Test
    void aMissingFileIsRefused() {
        ConfigException refused = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Fixtures.config("minimal.yaml").resolveSibling("no-such-file.yaml")));

        assertThat(refused.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("cannot be read"));
    }

    private static ConfigProblem problem(String file, int line, int column, String key, String message) {
        return new ConfigProblem(Fixtures.config(file), line, column, key, message);
    }

    private static List<ConfigProblem> problemsOf(String file) {
        return refuse(file).problems();
    }

    private static ConfigException refuse(String file) {
        ConfigException refused = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(Fixtures.config(file), name -> null));
        assertThat(refused).as("%s is refused", file).isNotNull();
        return refused;
    }
}
