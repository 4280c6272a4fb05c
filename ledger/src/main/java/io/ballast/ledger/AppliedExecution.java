package io.ballast.ledger;

import io.ballast.domain.Allocation;
import io.ballast.domain.Require;
import java.util.List;

/**
 * What applying one execution report of a batch did: its outcome and, when it is the last report of a block the batch
 * finished, that the block was allocated, with its allocations.
 */
public record AppliedExecution(ExecutionOutcome outcome, boolean allocated, List<Allocation> allocations) {
    public AppliedExecution {
        Require.present(outcome, "outcome");
        allocations = List.copyOf(allocations);
        if (!allocated && !allocations.isEmpty()) {
            throw new IllegalArgumentException("allocations of a block not allocated");
        }
    }
}
