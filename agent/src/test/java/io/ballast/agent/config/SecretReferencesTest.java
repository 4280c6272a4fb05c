package io.ballast.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretReferencesTest {
    @TempDir
    Path directory;

    @Test
    void resolvesEnvironmentVariablesAndFilesAnywhereInAStringValue() throws Exception {
        Path passwordFile = Files.writeString(directory.resolve("broker-password"), "from-a-file\n");
        Path config = write("""
                database:
                  url: jdbc:postgresql://db.example.test:5432/${env:DB_NAME}
                  username: ballast
                  password: ${env:DB_PASSWORD}
                broker:
                  embedded: false
                  url: tcp://artemis.example.test:61616
                  password: ${file:%s}
                """.formatted(passwordFile));

        BallastConfig loaded = ConfigLoader.load(config, Map.of("DB_NAME", "ledger", "DB_PASSWORD", "from-env")::get);

        assertThat(loaded.database())
                .isEqualTo(new DatabaseSettings("jdbc:postgresql://db.example.test:5432/ledger", "ballast", "from-env"));
        assertThat(loaded.broker())
                .isEqualTo(new BrokerSettings(false, "tcp://artemis.example.test:61616", null, "from-a-file"));
    }

    @Test
    void readsTheProcessEnvironmentByDefault() throws Exception {
        Path config = write("""
                database:
                  password: ${env:PATH}
                """);

        assertThat(ConfigLoader.load(config).database().password()).isEqualTo(System.getenv("PATH"));
    }

    @Test
    void anUnreadableSecretFileIsAProblemAtItsKey() throws IOException {
        Path missing = directory.resolve("no-such-secret");
        Path config = write("""
                database:
                  password: ${file:%s}
                """.formatted(missing));

        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(config, name -> null));

        assertThat(refused.problems()).containsExactly(new ConfigProblem(config, 2, 3, "database.password",
                "cannot read secret file " + missing + " (NoSuchFileException)"));
    }

    @Test
    void anUnknownReferenceKindIsAProblem() throws IOException {
        Path config = write("""
                database:
                  password: ${vault:ballast/db}
                """);

        ConfigException refused = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(config, name -> null));

        assertThat(refused.problems()).extracting(ConfigProblem::message)
                .containsExactly("unknown reference ${vault:...}; use ${env:NAME} or ${file:PATH}");
    }

    @Test
    void aRefusedFileNeverShowsAResolvedSecret() throws IOException {
        Path config = write("""
                database:
                  username: ${env:DB_USER}
                  password: ${env:DB_PASSWORD}
                """);

        ConfigException refused = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(config, Map.of("DB_USER", "hunter2")::get));

        assertThat(refused.getMessage()).contains("DB_PASSWORD is not set").doesNotContain("hunter2");
    }

    @Test
    void settingsNeverPrintTheirPasswords() throws Exception {
        Path config = write("""
                database:
                  password: ${env:DB_PASSWORD}
                """);

        BallastConfig loaded = ConfigLoader.load(config, Map.of("DB_PASSWORD", "hunter2")::get);

        assertThat(loaded.toString()).doesNotContain("hunter2");
    }

    /** A valid file from the given sections followed by the minimal agent, custodian, FIX and optimizer sections. */
    private Path write(String sections) throws IOException {
        return Files.writeString(directory.resolve("ballast.yaml"), sections + """
                agent:
                  name: secrets-test
                custodians: []
                fixSessions: []
                optimizer:
                  models:
                    - id: all-stock
                      targets: {VTI: 1}
                  defaultModel: all-stock
                """);
    }
}
