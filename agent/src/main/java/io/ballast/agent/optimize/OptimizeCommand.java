package io.ballast.agent.optimize;

import io.ballast.domain.AccountId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.optimizer.HouseholdOptimizer;
import io.ballast.optimizer.OptimizationException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "What-if: runs the optimizer on one household read from a JSON snapshot, under the standard "
                + "policy or one read from a JSON policy file, and prints the proposal. Trades nothing. The file "
                + "forms are in docs/optimize-files.md.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the proposal was printed", "1:a file is missing, malformed or invalid",
                "2:the optimizer could not produce a proposal"})
public final class OptimizeCommand implements Callable<Integer> {
    /** The code the agent gives any input that does not validate (Main.INVALID_CONFIG). */
    static final int INVALID_INPUT = 1;
    /** The optimizer found no proposal for a valid household. */
    static final int OPTIMIZATION_FAILED = 2;

    @Option(names = "--snapshot", required = true, paramLabel = "FILE", description = "the household snapshot (JSON)")
    private Path snapshotFile;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "the optimizer policy (JSON); keys left out, or no file, take the standard policy's values")
    private Path policyFile;

    @Option(names = "--mode", paramLabel = "MODE", description = "what to do, over the policy's mode: ${COMPLETION-CANDIDATES}")
    private Mode mode;

    @Option(names = "--cash", paramLabel = "ACCOUNT=AMOUNT",
            description = "an account's amount to raise (CASH_RAISE) or invest (CASH_INVEST), in dollars; repeatable;"
                    + " replaces the policy file's cashAmounts")
    private Map<String, BigDecimal> cash;

    @Option(names = "--json", description = "print the proposal as JSON instead of a table")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            HouseholdSnapshot snapshot = SnapshotBinding.read(snapshotFile);
            Policy policy = withOptions(policyFile == null ? Policy.standard() : PolicyBinding.read(policyFile));
            Proposal proposal = new HouseholdOptimizer().optimize(snapshot, policy);
            out.print(json ? ProposalJson.write(proposal) + System.lineSeparator()
                    : ProposalTable.render(snapshot, proposal));
            out.flush();
            return 0;
        } catch (InputException e) {
            err.println(e.getMessage());
            return INVALID_INPUT;

        } catch (OptimizationException e) {
            err.println("optimizer: " + e.getMessage());
            return OPTIMIZATION_FAILED;
        } finally {
            err.flush();
        }
    }

    /** The policy with the command line's mode and cash amounts, where given. */
    private Policy withOptions(Policy policy) throws InputException {
        if (mode == null && cash == null) {
            return policy;
        }
        Map<AccountId, BigDecimal> amounts = new TreeMap<>(policy.cashAmounts());
        if (cash != null) {
            amounts.clear();
            cash.forEach((account, amount) -> amounts.put(AccountId.of(account), amount));
        }
        try {
            return policy.withMode(mode == null ? policy.mode() : mode, amounts);
        } catch (IllegalArgumentException e) {
            throw new InputException("--mode/--cash: " + e.getMessage());
        }
    }
}
