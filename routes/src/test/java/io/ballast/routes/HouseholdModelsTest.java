package io.ballast.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.HouseholdId;
import io.ballast.domain.Model;
import io.ballast.domain.ModelId;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HouseholdModelsTest {
    private final Model balanced = new Model(ModelId.of("balanced"),
            Map.of(SecurityId.of("VTI"), new BigDecimal("0.6"), SecurityId.of("BND"), new BigDecimal("0.4")));
    private final Model growth = new Model(ModelId.of("growth"), Map.of(SecurityId.of("VTI"), BigDecimal.ONE));

    @Test
    void aHouseholdFollowsItsAssignedModelElseTheDefault() {
        HouseholdModels models = new HouseholdModels(Map.of(balanced.id(), balanced, growth.id(), growth),
                balanced.id(), Map.of(HouseholdId.of("HH-2"), growth.id()));

        assertThat(models.modelOf(HouseholdId.of("HH-2"))).isEqualTo(growth);
        assertThat(models.modelOf(HouseholdId.of("HH-1"))).isEqualTo(balanced);
    }

    @Test
    void anAssignmentToAnUndefinedModelIsRefused() {
        assertThatThrownBy(() -> new HouseholdModels(Map.of(balanced.id(), balanced), balanced.id(),
                Map.of(HouseholdId.of("HH-2"), ModelId.of("income"))))
                .hasMessage("household HH-2 follows undefined model income");
    }
}
