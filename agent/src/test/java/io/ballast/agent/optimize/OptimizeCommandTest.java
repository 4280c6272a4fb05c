package io.ballast.agent.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ballast.agent.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code ballast optimize} on the shipped example and on each kind of broken file, through the real command line. */
class OptimizeCommandTest {
    private static final Path EXAMPLES = Path.of("..", "config", "examples");
    private static final Path FIXTURES = Path.of("src", "test", "resources", "optimize");
    private static final String EXAMPLE_SNAPSHOT = EXAMPLES.resolve("household-snapshot.json").toString();
    private static final String EXAMPLE_POLICY = EXAMPLES.resolve("policy.json").toString();

    @Test
    void theShippedExampleOptimizesToATable() {
        Run run = optimize("--snapshot", EXAMPLE_SNAPSHOT, "--policy", EXAMPLE_POLICY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Household HH-0417, trade date 2026-11-25: ")
                .contains("5512-0417-TAX (TAXABLE)", "5512-0417-IRA (TRADITIONAL_IRA)", "5512-0417-ROTH (ROTH_IRA)")
                .containsPattern("(?m)^  SELL +\\d+  VTI .* T-VTI-2026 × \\d+")
                .containsPattern("(?m)^  BUY +\\d+  ")
                .containsPattern("(?m)^Drift +\\d+\\.\\d\\d% → \\d+\\.\\d\\d%$")
                .contains("Estimated tax", "wash sale: BNDX not bought in any account");
    }

    @Test
    void jsonOutputParsesBackWithPlainIdsAndNumbers() throws Exception {
        Run run = optimize("--snapshot", EXAMPLE_SNAPSHOT, "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode proposal = new ObjectMapper().readTree(run.out());
        assertThat(proposal.get("household").asText()).isEqualTo("HH-0417");
        assertThat(proposal.get("tradeDate").asText()).isEqualTo("2026-11-25");
        assertThat(proposal.get("trades")).isNotEmpty();
        for (JsonNode trade : proposal.get("trades")) {
            assertThat(trade.get("account").isTextual()).isTrue();
            assertThat(trade.get("security").isTextual()).isTrue();
            assertThat(trade.get("side").asText()).isIn("BUY", "SELL");
            assertThat(trade.get("quantity").isNumber()).isTrue();
            assertThat(trade.get("lots").isEmpty()).isEqualTo(trade.get("side").asText().equals("BUY"));
            trade.get("lots").forEach(pick -> assertThat(pick.get("lot").isTextual()).isTrue());
        }
        JsonNode explanation = proposal.get("explanation");
        assertThat(explanation.fieldNames()).toIterable().containsExactly("driftBefore", "driftAfter",
                "trackingErrorBefore", "trackingErrorAfter", "realizedShortTerm", "realizedLongTerm", "estimatedTax",
                "lossesHarvested", "gainsDeferred", "notes");
        assertThat(explanation.get("trackingErrorBefore").decimalValue())
                .isGreaterThan(explanation.get("trackingErrorAfter").decimalValue());
        assertThat(run.out()).doesNotContainPattern("\\d[eE][+-]?\\d");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax-error.json         | 9:7: invalid JSON: Unexpected character ('"' (code 34)): was expecting comma to separate Object entries
            missing-cost-basis.json   | 11:9: $.accounts[0].lots[0].costBasis: missing required field 'costBasis'
            unknown-account-type.json | 8:7: $.accounts[0].type: 'BROKERAGE' is not one of TAXABLE, TRADITIONAL_IRA, ROTH_IRA, TAX_EXEMPT
            negative-quantity.json    | 11:9: $.accounts[0].lots[0]: quantity of lot L1 must be positive, was -100
            unpriced-security.json    | 15:3: $.prices: no price for VXUS in household HH-1
            duplicate-lot-id.json     | 19:11: $.accounts[1].lots[0].id: lot L1 is given twice
            """)
    void aBadSnapshotIsRefusedNamingFileLineAndPath(String file, String problem) {
        String snapshot = FIXTURES.resolve(file).toString();

        Run run = optimize("--snapshot", snapshot);

        assertThat(run.exitCode()).isEqualTo(OptimizeCommand.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(snapshot + ":" + problem + System.lineSeparator());
    }

    @Test
    void aMisspeltPolicyKeyIsRefusedRatherThanDefaulted() {
        String policy = FIXTURES.resolve("misspelt-policy.json").toString();

        Run run = optimize("--snapshot", EXAMPLE_SNAPSHOT, "--policy", policy);

        assertThat(run.exitCode()).isEqualTo(OptimizeCommand.INVALID_INPUT);
        assertThat(run.err()).startsWith(policy + ":3:3: $.washSaleDay: unknown field 'washSaleDay'; the fields are ")
                .contains("washSaleDays");
    }

    @Test
    void aPolicyOutOfRangeGetsTheDomainsMessage() {
        String policy = FIXTURES.resolve("out-of-range-policy.json").toString();

        Run run = optimize("--snapshot", EXAMPLE_SNAPSHOT, "--policy", policy);

        assertThat(run.exitCode()).isEqualTo(OptimizeCommand.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(policy + ":1:1: $: cash reserve must be between 0 and 1, was 1.5"
                + System.lineSeparator());
    }

    /** MO, tagged tobacco, is sold in full; the US equity sleeve is bought through VTI in thousandths of a share. */
    @Test
    void aSleevedHouseholdUnderAScreenAndFractionalSharesEndToEnd() {
        Run run = optimize("--snapshot", FIXTURES.resolve("sleeved-household.json").toString(), "--policy",
                FIXTURES.resolve("screening-policy.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^  SELL +100  MO .* L1 × 100")
                .containsPattern("(?m)^  BUY +\\d+\\.\\d{1,3}  VTI ")
                .contains("screen tobacco: MO is never bought; 100 of the 100 shares held sold",
                        "sleeve US equity: 0.00% → ");
    }

    @Test
    void aMissingFileIsNamed() {
        Run run = optimize("--snapshot", "no-such-household.json");

        assertThat(run.exitCode()).isEqualTo(OptimizeCommand.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("no-such-household.json: no such file" + System.lineSeparator());
    }

    @Test
    void anOptimizerFailurePrintsItsMessageAndExitsTwo() {
        Run run = optimize("--snapshot", FIXTURES.resolve("debit-without-holdings.json").toString());

        assertThat(run.exitCode()).isEqualTo(OptimizeCommand.OPTIMIZATION_FAILED);
        assertThat(run.err()).startsWith("optimizer: household HH-DEBIT: ").doesNotContain("Exception");
    }

    @Test
    void harvestOnlySellsLossLotsIntoTheirSubstitutesAndTradesNothingElse() {
        Run run = optimize("--snapshot", FIXTURES.resolve("harvest-household.json").toString(), "--policy",
                FIXTURES.resolve("harvest-policy.json").toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode proposal = readJson(run.out());
        assertThat(proposal.get("trades")).isNotEmpty().allSatisfy(trade -> {
            assertThat(trade.get("account").asText()).isEqualTo("5512-0417-TAX");
            if (trade.get("side").asText().equals("BUY")) {
                assertThat(trade.get("security").asText()).isIn("SCHB", "SCHH");
            }
        });
        assertThat(proposal.get("explanation").get("lossesHarvested").decimalValue()).isPositive();
        assertThat(proposal.get("explanation").get("notes").get(0).asText()).startsWith("harvest only:");
    }

    @Test
    void cashRaiseFromTheCommandLineOnlySellsInThatAccount() {
        Run run = optimize("--snapshot", EXAMPLE_SNAPSHOT, "--policy", EXAMPLE_POLICY, "--mode", "CASH_RAISE",
                "--cash", "5512-0417-IRA=20000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("cash raise: 20000.00 in 5512-0417-IRA")
                .doesNotContainPattern("(?m)^  BUY ")
                .containsPattern("(?s)5512-0417-TAX \\(TAXABLE\\)\\s+no trades");
    }

    @Test
    void aModeWithoutWhatItNeedsIsRefused() {
        Run transition = optimize("--snapshot", EXAMPLE_SNAPSHOT, "--mode", "TRANSITION");
        Run invest = optimize("--snapshot", EXAMPLE_SNAPSHOT, "--mode", "CASH_INVEST");

        assertThat(transition.exitCode()).isEqualTo(1);
        assertThat(transition.err()).isEqualTo("--mode/--cash: mode TRANSITION needs a gains budget"
                + System.lineSeparator());
        assertThat(invest.exitCode()).isEqualTo(1);
        assertThat(invest.err()).contains("mode CASH_INVEST needs a cash amount for at least one account");
        assertThat(transition.out()).isEmpty();
    }

    @Test
    void whatIfSaysItIsADryRun() {
        Run run = optimize("--snapshot", EXAMPLE_SNAPSHOT, "--policy", EXAMPLE_POLICY, "--mode", "WHAT_IF");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("what-if: a dry run, computed and shown, never approved or sent");
    }

    private static JsonNode readJson(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Run optimize(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine ballast = new CommandLine(new Main());
        ballast.setOut(new PrintWriter(out, true));
        ballast.setErr(new PrintWriter(err, true));
        String[] arguments = Stream.concat(Stream.of("optimize"), Stream.of(args)).toArray(String[]::new);
        int exitCode = ballast.execute(arguments);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }
}
