package io.ballast.connectors.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseResult;
import io.ballast.domain.TaxLot;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random byte mutations of every shipped set and of the SWIFT statements, drawn from a fixed seed: a parser never
 * throws, and whatever it reads whole still holds together (lots positive, every lot's account and security in
 * the snapshot, a clean result only when nothing was changed or the change kept the file valid).
 */
class MappedFormatsPropertyTest {
    private static final List<String> SETS = List.of("schwab-csv", "fidelity-psv", "pershing-fixed");
    private final CustodianFormats formats = CustodianFormats.standard();

    @Property(tries = 600, seed = "20261125")
    void mutatedSetsNeverCrashAndNeverYieldGarbage(@ForAll @IntRange(min = 0, max = 2) int set,
            @ForAll long mutationSeed, @ForAll @IntRange(min = 1, max = 3) int mutations) {
        String format = SETS.get(set);
        Map<String, byte[]> members = new HashMap<>(Deliveries.members(format));
        Random random = new Random(mutationSeed);
        List<String> names = new ArrayList<>(members.keySet());
        for (int i = 0; i < mutations; i++) {
            String member = names.get(random.nextInt(names.size()));
            members.put(member, mutate(members.get(member), random));
        }

        ParseResult<CustodianSnapshot> result = formats.get(format).parse("set.zip",
                new ByteArrayInputStream(Deliveries.zip(members)), ParseContext.STANDALONE);

        assertHoldsTogether(result.value());
    }

    @Property(tries = 300, seed = "20261125")
    void mutatedSwiftStatementsNeverCrash(@ForAll long mutationSeed, @ForAll boolean holdings) {
        byte[] statement = Deliveries.resource(holdings ? "swift/mt535-holdings.fin" : "swift/mt536-transactions.fin");
        byte[] mutated = mutate(statement, new Random(mutationSeed));

        ParseResult<CustodianSnapshot> result = formats.get(holdings ? "swift-mt535" : "swift-mt536").parse("s.fin",
                new ByteArrayInputStream(mutated), ParseContext.STANDALONE);

        assertThat(result.value()).isNotNull();
        assertThat(result.value().lots()).isEmpty();
    }

    private static void assertHoldsTogether(CustodianSnapshot snapshot) {
        assertThat(snapshot).isNotNull();
        for (TaxLot lot : snapshot.lots()) {
            assertThat(lot.quantity()).isPositive();
            assertThat(lot.costBasis()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(snapshot.accounts()).anyMatch(account -> account.id().equals(lot.account()));
            assertThat(snapshot.securities()).anyMatch(security -> security.id().equals(lot.security()));
            assertThat(snapshot.prices()).anyMatch(price -> price.security().equals(lot.security()));
        }
    }

    /** Flips, deletes, duplicates or truncates at a random place. */
    private static byte[] mutate(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        byte[] characters = ",|\n-0149.AZ /\"\u00ff".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (random.nextInt(4)) {
            case 0 -> {
                byte[] copy = bytes.clone();
                copy[at] = characters[random.nextInt(characters.length)];
                yield copy;
            }
            case 1 -> concat(java.util.Arrays.copyOfRange(bytes, 0, at),
                    java.util.Arrays.copyOfRange(bytes, Math.min(bytes.length, at + 1 + random.nextInt(8)),
                            bytes.length));
            case 2 -> concat(java.util.Arrays.copyOfRange(bytes, 0, at), java.util.Arrays.copyOfRange(bytes,
                    Math.max(0, at - random.nextInt(40)), bytes.length));
            default -> java.util.Arrays.copyOf(bytes, at);
        };
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
