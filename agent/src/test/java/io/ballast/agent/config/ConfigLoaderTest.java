package io.ballast.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.Policy;
import io.ballast.domain.Screen;
import io.ballast.domain.ScreenedHoldings;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxRates;
import io.ballast.ledger.ReconTolerances;
import io.ballast.ledger.SettlementCalendar;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();
    private static final RetrySettings DEFAULT_RETRY = new RetrySettings(3, Duration.ofSeconds(10), 2);

    @Test
    void loadsTheExampleConfiguration() throws ConfigException {
        BallastConfig config = ConfigLoader.load(Fixtures.example(), name -> null);

        assertThat(config.source()).isEqualTo(Fixtures.example());
        assertThat(config.agent()).isEqualTo(new AgentSettings("ballast-demo", WORKING_DIRECTORY.resolve("data/demo")));
        assertThat(config.database()).isEqualTo(new DatabaseSettings(null, null, null));
        assertThat(config.broker()).isEqualTo(new BrokerSettings(true, null, null, null));
        assertThat(config.custodians()).containsExactly(new CustodianSettings("demo-custodian", "ballast-csv", "sftp",
                new SftpSettings("localhost", 2222, "ballast", "demo-only-password", null, null, "outbox",
                        WORKING_DIRECTORY.resolve("data/demo/known_hosts"), true, Duration.ofSeconds(10)),
                null, null, ".*\\.csv", null, new PollSchedule(Duration.ofSeconds(1), null, null), ".done", ".failed",
                DEFAULT_RETRY, null, "reject", "break"));
        assertThat(config.fixSessions()).containsExactly(new FixSessionSettings("demo-broker", "FIX.4.4", "BALLAST",
                "DEMO-BROKER", "localhost", 9880, 30, true, 5, "database", "market", "day", new BigDecimal("10"), false,
                true));
        assertThat(config.reconciliation()).isEqualTo(new ReconciliationSettings(
                new ReconTolerances(BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("0.01"), BigDecimal.ZERO),
                new SettlementCalendar(1, Set.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25))),
                WORKING_DIRECTORY.resolve("data/demo/recon")));
        assertThat(config.http()).isEqualTo(new HttpSettings(true, "127.0.0.1", 8466));
        assertThat(config.demo()).isEqualTo(new DemoSettings(6, 42, 3, new BigDecimal("0.005")));
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
        assertThat(policy.taxRates()).isEqualTo(TaxRates.TOP_FEDERAL);
        assertThat(policy.screens()).extracting(Screen::name).containsExactly("fossil fuel", "tobacco");
        assertThat(policy.screenedHoldings()).isEqualTo(ScreenedHoldings.SELL);
        assertThat(policy.shareIncrement()).isEqualByComparingTo("1");
        assertThat(policy.assetLocation()).containsEntry("Real estate", new BigDecimal("0.005"))
                .containsEntry("US equity", new BigDecimal("-0.001"));
        assertThat(optimizer.models()).extracting(ModelSettings::id)
                .containsExactly("balanced-60-40", "growth-80-20", "sleeves-70-30");
        assertThat(optimizer.models().get(1).toModel().weight(SecurityId.of("VTI"))).isEqualByComparingTo("0.50");
        // 70% equity, 60:40 between VTI and VXUS
        assertThat(optimizer.models().get(2).toModel().weight(SecurityId.of("VTI"))).isEqualByComparingTo("0.42");
        assertThat(optimizer.models().get(2).toModel().weight(SecurityId.of("GLD"))).isEqualByComparingTo("0");
        assertThat(optimizer.defaultModel()).isEqualTo("balanced-60-40");
        assertThat(optimizer.householdModels()).containsExactly(Map.entry("HH-0002", "growth-80-20"),
                Map.entry("HH-0003", "sleeves-70-30"));
        assertThat(optimizer.securityAttributes()).containsExactly(Map.entry(SecurityId.of("XOM"),
                new SecurityAttributes(null, Set.of("fossil-fuel"))));
    }

    @Test
    void absentOptionalKeysTakeTheSchemaDefaults() throws ConfigException {
        BallastConfig config = ConfigLoader.load(Fixtures.config("minimal.yaml"), name -> null);

        assertThat(config.agent().dataDirectory()).isEqualTo(WORKING_DIRECTORY.resolve("data"));
        assertThat(config.database().url()).isNull();
        assertThat(config.broker().embedded()).isTrue();
        assertThat(config.custodians()).containsExactly(new CustodianSettings("local-files", "ballast-csv",
                "directory", null, WORKING_DIRECTORY.resolve("inbox"), null, ".*\\.csv", null,
                new PollSchedule(Duration.ofSeconds(30), null, null), ".done", ".failed", DEFAULT_RETRY,
                null, "reject", "break"));
        assertThat(config.fixSessions()).isEmpty();
        assertThat(config.optimizer().policy().toPolicy()).isEqualTo(Policy.standard());
        assertThat(config.optimizer().householdModels()).isEmpty();
        assertThat(config.reconciliation()).isEqualTo(new ReconciliationSettings(ReconTolerances.DEFAULT,
                SettlementCalendar.T_PLUS_ONE, WORKING_DIRECTORY.resolve("data/recon")));
        assertThat(config.http()).isEqualTo(new HttpSettings(true, "127.0.0.1", 8466));
        assertThat(config.demo()).isEqualTo(new DemoSettings(6, 42, 3, BigDecimal.ZERO));
    }

    @Test
    void decimalsKeepTheirWrittenValue() throws ConfigException {
        ModelSettings balanced = ConfigLoader.load(Fixtures.example(), name -> null).optimizer().models().get(0);

        assertThat(balanced.targets()).containsEntry("BNDX", new BigDecimal("0.10"));
    }
}
