package io.ballast.connectors.custodian;

import static org.assertj.core.api.Assertions.assertThat;

import io.ballast.domain.Account;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.CashBalance;
import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.ParseResult;
import io.ballast.domain.Price;
import io.ballast.domain.Security;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the standard custodian file. Snapshots and mutations are built from a seed jqwik draws, and each
 * property runs with a fixed jqwik seed, so every run checks the same cases.
 */
class BallastCsvFormatPropertyTest {
    private static final String FILE = "generated.csv";
    private static final String TEXT_CHARACTERS = "abcXYZ019 -,\"'&\u00e9\n";
    private final BallastCsvFormat format = new BallastCsvFormat();

    @Property(tries = 300, seed = "20261125")
    void whatIsWrittenReadsBackEqual(@ForAll("snapshots") CustodianSnapshot snapshot) {
        ParseResult<CustodianSnapshot> result = parse(write(snapshot).getBytes(StandardCharsets.UTF_8));

        assertThat(result.failures()).isEmpty();
        assertThat(result.value()).isEqualTo(snapshot);
    }

    @Property(tries = 1000, seed = "20261125")
    void mutatedFilesNeverThrow(@ForAll("snapshots") CustodianSnapshot snapshot, @ForAll long mutationSeed,
            @ForAll @IntRange(min = 1, max = 4) int mutations) {
        byte[] original = write(snapshot).getBytes(StandardCharsets.UTF_8);
        Random random = new Random(mutationSeed);
        byte[] mutated = original;
        for (int i = 0; i < mutations; i++) {
            mutated = mutate(mutated, random);
        }

        ParseResult<CustodianSnapshot> result = parse(mutated);

        assertThat(result.value()).isNotNull();
        long lines = new String(mutated, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;
        assertThat(result.failures()).allSatisfy(failure -> assertThat(failure.line()).isBetween(0L, lines));
        if (Arrays.equals(mutated, original)) {
            assertThat(result.failures()).isEmpty();
        }
    }

    @Property(tries = 300, seed = "20261125")
    void everyTruncationBeforeTheLastLineBreakIsDetected(@ForAll("snapshots") CustodianSnapshot snapshot,
            @ForAll long cutSeed) {
        byte[] original = write(snapshot).getBytes(StandardCharsets.UTF_8);
        int cut = new Random(cutSeed).nextInt(original.length - 2);

        ParseResult<CustodianSnapshot> result = parse(Arrays.copyOf(original, cut));

        assertThat(result.failures()).isNotEmpty();
    }

    @Provide
    Arbitrary<CustodianSnapshot> snapshots() {
        return Arbitraries.longs().map(seed -> randomSnapshot(new Random(seed)));
    }

    private ParseResult<CustodianSnapshot> parse(byte[] bytes) {
        return format.parse(FILE, new ByteArrayInputStream(bytes));
    }

    private String write(CustodianSnapshot snapshot) {
        StringWriter out = new StringWriter();
        format.write(snapshot, out);
        return out.toString();
    }

    private static byte[] mutate(byte[] file, Random random) {
        String text = new String(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(5)) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> lines.set(line, alter(lines.get(line), random));
            case 3 -> {
                return Arrays.copyOf(file, random.nextInt(file.length + 1));
            }
            default -> {
                byte[] withNoise = Arrays.copyOf(file, file.length + 1);
                int at = random.nextInt(withNoise.length);
                System.arraycopy(file, at, withNoise, at + 1, file.length - at);
                withNoise[at] = (byte) random.nextInt(256);
                return withNoise;
            }
        }
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String alter(String line, Random random) {
        String replacements = ",\"0123456789.-xX\nHDRTLACS";
        char replacement = replacements.charAt(random.nextInt(replacements.length()));
        if (line.isEmpty()) {
            return String.valueOf(replacement);
        }
        int at = random.nextInt(line.length());
        return line.substring(0, at) + replacement + line.substring(at + 1);
    }

    static CustodianSnapshot randomSnapshot(Random random) {
        String custodian = text(random);
        LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
        List<Account> accounts = new ArrayList<>();
        for (String id : uniqueTexts(random, 1 + random.nextInt(4))) {
            accounts.add(new Account(AccountId.of(id), HouseholdId.of(text(random)),
                    AccountType.values()[random.nextInt(AccountType.values().length)], custodian));
        }
        List<Security> securities = new ArrayList<>();
        List<Price> prices = new ArrayList<>();
        for (String symbol : uniqueTexts(random, 1 + random.nextInt(5))) {
            String cusip = random.nextBoolean() ? null : cusip(random);
            securities.add(new Security(SecurityId.of(symbol), cusip, text(random), text(random)));
            prices.add(new Price(SecurityId.of(symbol), positive(random), asOf));
        }
        List<TaxLot> lots = new ArrayList<>();
        for (String id : uniqueTexts(random, random.nextInt(8))) {
            Account account = accounts.get(random.nextInt(accounts.size()));
            Security security = securities.get(random.nextInt(securities.size()));
            lots.add(new TaxLot(LotId.of(id), account.id(), security.id(), positive(random),
                    positive(random).subtract(BigDecimal.ONE).abs(), asOf.minusDays(random.nextInt(4000))));
        }
        List<CashBalance> cash = new ArrayList<>();
        for (Account account : accounts) {
            if (random.nextBoolean()) {
                cash.add(new CashBalance(account.id(), BigDecimal.valueOf(random.nextLong() % 100_000_000L, 2)));
            }
        }
        return new CustodianSnapshot(custodian, asOf, accounts, securities, lots, cash, prices);
    }

    private static Set<String> uniqueTexts(Random random, int count) {
        Set<String> texts = new LinkedHashSet<>();
        while (texts.size() < count) {
            texts.add(text(random));
        }
        return texts;
    }

    /** Non-blank text that exercises quoting: commas, quotes, line breaks, non-ASCII. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            text.append(TEXT_CHARACTERS.charAt(random.nextInt(TEXT_CHARACTERS.length())));
        }
        return text.toString();
    }

    private static BigDecimal positive(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(10_000_000), random.nextInt(7));
    }

    private static String cusip(Random random) {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            base.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return base.toString() + CusipCheck.checkDigit(base.toString());
    }
}
