package io.ballast.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();

    @Test
    void loadsTheExampleConfiguration() throws ConfigException {
        BallastConfig config = ConfigLoader.load(Fixtures.example(), name -> null);

        assertThat(config.source()).isEqualTo(Fixtures.example());
        assertThat(config.agent()).isEqualTo(new AgentSettings("ballast-demo", WORKING_DIRECTORY.resolve("data/demo")));
        assertThat(config.database()).isEqualTo(new DatabaseSettings(null, null, null));
        assertThat(config.broker()).isEqualTo(new BrokerSettings(true, null, null, null));
        assertThat(config.custodians()).containsExactly(new CustodianSettings("demo-custodian", "ballast-csv", "sftp",
                new SftpSettings("localhost", 2222, "ballast", "demo-only-password", null, "outbox",
                        WORKING_DIRECTORY.resolve("data/demo/known_hosts"), true),
                null, ".*\\.csv", Duration.ofSeconds(1)));
        assertThat(config.fixSessions()).containsExactly(new FixSessionSettings("demo-broker", "FIX.4.4", "BALLAST",
                "DEMO-BROKER", "localhost", 9880, 30, true, 5, "database", "market", "day", new BigDecimal("10"), false, true));
        assertThat(config.demo()).isEqualTo(new DemoSettings(6, 42, 3));
    }

    @Test
    void theExampleOptimizerSettingsBecomeDomainValues() throws ConfigException {
        OptimizerSettings optimizer = ConfigLoader.load(Fixtures.example(), name -> null).optimizer();

        Policy policy = optimizer.policy().toPolicy();
        assertThat(policy.taxRates().shortTerm()).isEqualByComparingTo("0.408");
        assertThat(policy.taxRates().longTerm()).isEqualByComparingTo("0.238");
        assertThat(policy.driftTolerance()).isEqualByComparingTo("0.02");
        assertThat(policy.cashReserve()).isEqualByComparingTo("0.01");
        assertThat(policy.restricted()).containsExactly(SecurityId.of("XOM"));
        assertThat(policy.washSaleDays()).isEqualTo(30);
        assertThat(optimizer.models()).extracting(ModelSettings::id).containsExactly("balanced-60-40", "growth-80-20");
        assertThat(optimizer.models().get(1).toModel().weight(SecurityId.of("VTI"))).isEqualByComparingTo("0.50");
        assertThat(optimizer.defaultModel()).isEqualTo("balanced-60-40");
        assertThat(optimizer.householdModels()).containsExactly(Map.entry("HH-0002", "growth-80-20"));
    }

    @Test
    void absentOptionalKeysTakeTheSchemaDefaults() throws ConfigException {
        BallastConfig config = ConfigLoader.load(Fixtures.config("minimal.yaml"), name -> null);

        assertThat(config.agent().dataDirectory()).isEqualTo(WORKING_DIRECTORY.resolve("data"));
        assertThat(config.database().url()).isNull();
        assertThat(config.broker().embedded()).isTrue();
        assertThat(config.custodians()).containsExactly(new CustodianSettings("local-files", "ballast-csv",
                "directory", null, WORKING_DIRECTORY.resolve("inbox"), ".*\\.csv", Duration.ofSeconds(30)));
        assertThat(config.fixSessions()).isEmpty();
        assertThat(config.optimizer().policy().toPolicy()).isEqualTo(Policy.standard());
        assertThat(config.optimizer().householdModels()).isEmpty();
        assertThat(config.demo()).isEqualTo(new DemoSettings(6, 42, 3));
    }

    @Test
    void decimalsKeepTheirWrittenValue() throws ConfigException {
        ModelSettings balanced = ConfigLoader.load(Fixtures.example(), name -> null).optimizer().models().get(0);

        assertThat(balanced.targets()).containsEntry("BNDX", new BigDecimal("0.10"));
    }
}
