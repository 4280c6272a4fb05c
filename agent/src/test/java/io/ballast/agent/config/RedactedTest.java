package io.ballast.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactedTest {
    @Test
    void aConnectionUrlLosesItsPasswordsButKeepsWhereItPoints() {
        assertThat(Redacted.url("jdbc:postgresql://db.internal:5432/ballast?user=ballast&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db.internal:5432/ballast?user=ballast&password=****&ssl=true");
        assertThat(Redacted.url("tcp://ballast:s3cret@artemis.internal:61616"))
                .isEqualTo("tcp://ballast:****@artemis.internal:61616");
        assertThat(new DatabaseSettings("jdbc:h2:file:/x;PASSWORD=abc", "sa", "pw").toString())
                .doesNotContain("abc").doesNotContain("pw]");
    }
}
