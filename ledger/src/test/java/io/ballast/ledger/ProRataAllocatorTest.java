package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ballast.domain.AccountId;
import io.ballast.ledger.ProRataAllocator.Request;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ProRataAllocatorTest {
    private final ProRataAllocator allocator = new ProRataAllocator();

    private static final AccountId A = AccountId.of("A");
    private static final AccountId B = AccountId.of("B");
    private static final AccountId C = AccountId.of("C");

    @Test
    void fullFillGivesEveryoneWhatTheyAsked() {
        assertThat(allocator.allocate(dec("600"), requests("100", "200", "300"), 7))
                .containsExactly(Map.entry(A, dec("100")), Map.entry(B, dec("200")), Map.entry(C, dec("300")));
    }

    @Test
    void partialFillFloorsThenGivesLeftoversToLargestRemainders() {
        // 100 of 300: exact shares 33.33, 16.67, 50 -> floors 33, 16, 50; the one left goes to B (0.67)
        Map<AccountId, BigDecimal> shares = allocator.allocate(dec("100"), requests("100", "50", "150"), 0);

        assertThat(shares).containsExactly(Map.entry(A, dec("33")), Map.entry(B, dec("17")), Map.entry(C, dec("50")));
    }

    @Test
    void tiesRotateWithTheBlockSequenceNumber() {
        // 2 of 300 among three equal accounts: each is owed 0.67; which two get a share rotates
        List<AccountId> favoured = new ArrayList<>();
        for (long sequence = 0; sequence < 3; sequence++) {
            Map<AccountId, BigDecimal> shares = allocator.allocate(dec("2"), requests("100", "100", "100"), sequence);
            shares.forEach((account, quantity) -> {
                if (quantity.signum() == 0) {
                    favoured.add(account);
                }
            });
        }

        assertThat(favoured).as("the account left out").containsExactlyInAnyOrder(A, B, C);
    }

    @Test
    void nothingFilledAllocatesNothing() {
        assertThat(allocator.allocate(BigDecimal.ZERO, requests("10", "20"), 1).values())
                .allMatch(quantity -> quantity.signum() == 0);
    }

    @Test
    void refusesAnOverfill() {
        assertThatThrownBy(() -> allocator.allocate(dec("31"), requests("10", "20"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds");
    }

    @Property(seed = "20261125")
    void sharesAreWholeSumToTheFillAndNeverExceedTheAsk(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 5000) Integer> asks,
            @ForAll @IntRange(min = 0, max = 100) int filledPercent, @ForAll long rotation) {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < asks.size(); i++) {
            requests.add(new Request(AccountId.of("ACC-" + i), BigDecimal.valueOf(asks.get(i))));
        }
        int total = asks.stream().mapToInt(Integer::intValue).sum();
        BigDecimal filled = BigDecimal.valueOf((long) total * filledPercent / 100);

        Map<AccountId, BigDecimal> shares = allocator.allocate(filled, requests, rotation);

        assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(filled);
        for (Request request : requests) {
            BigDecimal share = shares.get(request.account());
            assertThat(share.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
            assertThat(share).isBetween(BigDecimal.ZERO, request.quantity());
        }
    }

    private static List<Request> requests(String a, String b, String... more) {
        List<Request> requests = new ArrayList<>(List.of(new Request(A, dec(a)), new Request(B, dec(b))));
        if (more.length > 0) {
            requests.add(new Request(C, dec(more[0])));
        }
        return requests;
    }
}
