package io.ballast.agent.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.LotId;
import io.ballast.domain.RecentTrade;
import io.ballast.domain.SecurityAttributes;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.Sleeve;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotBindingTest {
    private static final AccountId TAXABLE = AccountId.of("1001-TAX");

    @Test
    void readsEveryFieldIntoTheDomainKeepingDecimalsExact() throws InputException {
        HouseholdSnapshot snapshot = SnapshotBinding.read(
                Path.of("src", "test", "resources", "optimize", "valid-household.json"));

        assertThat(snapshot.household()).isEqualTo(HouseholdId.of("HH-1"));
        assertThat(snapshot.tradeDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(snapshot.model().targets()).containsEntry(SecurityId.of("VTI"), new BigDecimal("0.6"))
                .containsEntry(SecurityId.of("BND"), new BigDecimal("0.4"));
        assertThat(snapshot.accounts()).singleElement().satisfies(account -> {
            assertThat(account.id()).isEqualTo(TAXABLE);
            assertThat(account.type()).isEqualTo(AccountType.TAXABLE);
            assertThat(account.custodian()).isEqualTo(SnapshotBinding.DEFAULT_CUSTODIAN);
        });
        assertThat(snapshot.cash(TAXABLE)).isEqualTo(new BigDecimal("2500.00"));
        assertThat(snapshot.lots()).containsExactly(new TaxLot(LotId.of("L1"), TAXABLE, SecurityId.of("VTI"),
                new BigDecimal("100"), new BigDecimal("25000.00"), LocalDate.of(2024, 3, 18)));
        assertThat(snapshot.price(SecurityId.of("VTI"))).isEqualTo(new BigDecimal("287.40"));
        assertThat(snapshot.recentTrades()).containsExactly(new RecentTrade(TAXABLE, SecurityId.of("BND"), Side.SELL,
                LocalDate.of(2026, 11, 10), new BigDecimal("50"), new BigDecimal("-300.00")));
    }

    @Test
    void theShippedExampleIsAThreeAccountHousehold() throws InputException {
        HouseholdSnapshot snapshot = SnapshotBinding.read(Path.of("..", "config", "examples",
                "household-snapshot.json"));

        assertThat(snapshot.accounts()).extracting(account -> account.type())
                .containsExactly(AccountType.TAXABLE, AccountType.TRADITIONAL_IRA, AccountType.ROTH_IRA);
        assertThat(snapshot.recentTrades()).singleElement().satisfies(trade -> assertThat(trade.isLossSale()).isTrue());
    }

    @Test
    void readsAModelOfSleevesAndWhatTheSecurityMasterSays() throws InputException {
        HouseholdSnapshot snapshot = SnapshotBinding.read(
                Path.of("src", "test", "resources", "optimize", "sleeved-household.json"));

        assertThat(snapshot.model().sleeves()).extracting(Sleeve::name).containsExactly("US equity", "bonds");
        assertThat(snapshot.model().weight(SecurityId.of("VTI"))).isEqualByComparingTo("0.6");
        assertThat(snapshot.model().targets()).containsKey(SecurityId.of("ITOT"));
        assertThat(snapshot.attributes(SecurityId.of("MO")))
                .isEqualTo(new SecurityAttributes("US equity", Set.of("tobacco")));
        assertThat(snapshot.attributes(SecurityId.of("VTI"))).isEqualTo(SecurityAttributes.NONE);
    }
}
