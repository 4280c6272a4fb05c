package io.ballast.routes;

import io.ballast.domain.Explanation;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.RiskModel;
import io.ballast.domain.SecurityId;
import io.ballast.ledger.HouseholdSnapshots;
import io.ballast.ledger.ProposalStore;
import io.ballast.ledger.ReconBreaks;
import io.ballast.optimizer.HouseholdOptimizer;
import io.ballast.optimizer.OptimizationException;
import io.ballast.routes.CycleMessages.RebalanceRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Optimizes one household, its tracking error measured with the firm's risk model, and persists its proposal (in the
 * WHAT_IF mode with trades that are never ordered). A household whose book broke against the custodian in this
 * load is held: trading on a book that does not match the custodian's could sell shares that are not there. A held
 * household, or one whose data or model cannot be optimized, gets a proposal with no trades whose explanation
 * says why, so one household never stalls the others; a failure of the infrastructure (database, broker) is
 * thrown, and the request is redelivered.
 */
public class RebalanceStage {
    private static final Logger LOG = LoggerFactory.getLogger(RebalanceStage.class);
    public static final String NOT_OPTIMIZED = "not optimized: ";
    public static final String HELD = "held: ";

    private final HouseholdSnapshots snapshots;
    private final HouseholdModels models;
    private final RiskModel riskModel;
    private final HouseholdOptimizer optimizer;
    private final Policy policy;
    private final ProposalStore proposals;
    private final ReconBreaks breaks;

    public RebalanceStage(HouseholdSnapshots snapshots, HouseholdModels models, RiskModel riskModel,
            HouseholdOptimizer optimizer, Policy policy, ProposalStore proposals, ReconBreaks breaks) {
        this.snapshots = snapshots;
        this.models = models;
        this.riskModel = riskModel;
        this.optimizer = optimizer;
        this.policy = policy;
        this.proposals = proposals;
        this.breaks = breaks;
    }

    /** Returns true when this was the last household of the batch to be proposed. */
    public boolean rebalance(RebalanceRequest request) {
        HouseholdId household = HouseholdId.of(request.household());
        MDC.put("household", household.value());
        try {
            Proposal proposal = propose(household, request);
            if (policy.mode() == Mode.WHAT_IF) {
                proposals.saveWhatIf(request.batchId(), proposal);
            } else {
                proposals.save(request.batchId(), proposal);
            }
            LOG.info("proposed {} trade(s); drift {} -> {}, tracking error {} -> {}, estimated tax {}",
                    proposal.trades().size(), proposal.explanation().driftBefore(),
                    proposal.explanation().driftAfter(), proposal.explanation().trackingErrorBefore(),
                    proposal.explanation().trackingErrorAfter(), proposal.explanation().estimatedTax());
            return proposals.allProposed(request.batchId());
        } finally {
            MDC.remove("household");
        }
    }

    private Proposal propose(HouseholdId household, RebalanceRequest request) {
        // timing differences go away when the trades settle: they do not hold the household
        List<ReconBreak> open = breaks.ofHousehold(request.batchId(), household).stream()
                .filter(b -> b.type().isError()).toList();
        if (!open.isEmpty()) {
            LOG.warn("household {} held: {} reconciliation break(s) in this load", household, open.size());
            return withoutTrades(household, request, HELD + open.size()
                    + " reconciliation break(s) with the custodian; it trades again once its book matches");
        }
        try {
            HouseholdSnapshot snapshot = snapshots.read(household, models.modelOf(household), request.tradeDate(),
                    policy.washSaleDays(), substitutes()).withRiskModel(riskModel);
            return optimizer.optimize(snapshot, policy);
        } catch (OptimizationException | IllegalStateException | IllegalArgumentException e) {
            LOG.error("household {} not optimized: {}", household, e.getMessage());
            return withoutTrades(household, request, NOT_OPTIMIZED + e.getMessage());
        }
    }

    /** The securities a harvest may buy as replacements, priced for the snapshot where the ledger knows them. */
    private Set<SecurityId> substitutes() {
        Set<SecurityId> all = new TreeSet<>();
        if (policy.mode() == Mode.HARVEST_ONLY) {
            policy.substitutes().forEach(all::addAll);
        }
        return all;
    }

    private static Proposal withoutTrades(HouseholdId household, RebalanceRequest request, String why) {
        return new Proposal(household, request.tradeDate(), List.of(), Explanation.only(why));
    }
}
