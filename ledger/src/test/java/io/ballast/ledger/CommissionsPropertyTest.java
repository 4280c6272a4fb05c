package io.ballast.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.AccountId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CommissionsPropertyTest {
    @Property(tries = 500, seed = "11")
    void sharesAddUpToTheCommissionToTheCentAndFollowTheQuantities(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 100_000) Integer> quantities,
            @ForAll @IntRange(min = 0, max = 1_000_000) int commissionCents) {
        BigDecimal commission = BigDecimal.valueOf(commissionCents, 2);
        Map<AccountId, BigDecimal> accounts = new LinkedHashMap<>();
        for (int i = 0; i < quantities.size(); i++) {
            accounts.put(AccountId.of("A" + i), BigDecimal.valueOf(quantities.get(i)));
        }
        BigDecimal total = accounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<AccountId, BigDecimal> shares = Commissions.split(commission, accounts);

        assertThat(shares.keySet()).containsExactlyElementsOf(accounts.keySet());
        assertThat(shares.values()).allSatisfy(share -> assertThat(share.scale()).isEqualTo(2));
        if (total.signum() == 0) {
            assertThat(shares.values()).allSatisfy(share -> assertThat(share).isZero());
            return;
        }
        assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(commission);
        accounts.forEach((account, quantity) -> {
            // each share is within a cent of the exact pro-rata amount
            BigDecimal exact = commission.multiply(quantity).divide(total, 10, java.math.RoundingMode.HALF_EVEN);
            assertThat(shares.get(account).subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        });
    }
}
