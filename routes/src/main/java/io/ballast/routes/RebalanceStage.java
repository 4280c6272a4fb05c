package io.ballast.routes;

import io.ballast.domain.Explanation;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.ledger.HouseholdSnapshots;
import io.ballast.ledger.ProposalStore;
import io.ballast.optimizer.HouseholdOptimizer;
import io.ballast.optimizer.OptimizationException;
import io.ballast.routes.CycleMessages.RebalanceRequest;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Optimizes one household and persists its proposal. A household whose data or model cannot be optimized gets a
 * proposal with no trades whose explanation says why, so one bad household never stalls the others; a failure of
 * the infrastructure (database, broker) is thrown, and the request is redelivered.
 */
public class RebalanceStage {
    private static final Logger LOG = LoggerFactory.getLogger(RebalanceStage.class);
    public static final String NOT_OPTIMIZED = "not optimized: ";

    private final HouseholdSnapshots snapshots;
    private final HouseholdModels models;
    private final HouseholdOptimizer optimizer;
    private final Policy policy;
    private final ProposalStore proposals;

    public RebalanceStage(HouseholdSnapshots snapshots, HouseholdModels models, HouseholdOptimizer optimizer,
            Policy policy, ProposalStore proposals) {
        this.snapshots = snapshots;
        this.models = models;
        this.optimizer = optimizer;
        this.policy = policy;
        this.proposals = proposals;
    }

    /** Returns true when this was the last household of the batch to be proposed. */
    public boolean rebalance(RebalanceRequest request) {
        HouseholdId household = HouseholdId.of(request.household());
        MDC.put("household", household.value());
        try {
            Proposal proposal = propose(household, request);
            proposals.save(request.batchId(), proposal);
            LOG.info("proposed {} trade(s); drift {} -> {}, estimated tax {}", proposal.trades().size(),
                    proposal.explanation().driftBefore(), proposal.explanation().driftAfter(),
                    proposal.explanation().estimatedTax());
            return proposals.allProposed(request.batchId());
        } finally {
            MDC.remove("household");
        }
    }

    private Proposal propose(HouseholdId household, RebalanceRequest request) {
        try {
            HouseholdSnapshot snapshot = snapshots.read(household, models.modelOf(household), request.tradeDate(),
                    policy.washSaleDays());
            return optimizer.optimize(snapshot, policy);
        } catch (OptimizationException | IllegalStateException | IllegalArgumentException e) {
            LOG.error("household {} not optimized: {}", household, e.getMessage());
            Explanation why = new Explanation(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, List.of(NOT_OPTIMIZED + e.getMessage()));
            return new Proposal(household, request.tradeDate(), List.of(), why);
        }
    }
}
