package io.ballast.optimizer;

import io.ballast.domain.Decimals;
import io.ballast.domain.Explanation;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The household tax-aware rebalancer: a pure function of a snapshot and a policy.
 *
 * <p>The household is the unit: drift is measured on its combined holdings against its model, and trades happen in
 * its accounts. The model's weights apply to the investable part of the household, (1 − cashReserve) × V, and cash
 * targets cashReserve × V (V the household's value; see {@link HouseholdView#targetValue}). Drift, as the
 * {@link Explanation} reports it, is (Σ over every model or held security of |value held − target value| +
 * |cash − cashReserve × V|) / V, so it lies between 0 and 2, and a household on model holding exactly its reserve in
 * cash drifts 0.
 *
 * <p>A household whose drift is within the policy's tolerance is left alone without a solve. Otherwise
 * {@link RebalanceProgram} minimises drift in dollars + taxWeight × tax + cost over shares sold per lot and bought
 * per account and model security, under no shorts, cash reserves, restrictions and wash-sale rules; the answer is
 * rounded down to whole shares, a buy and a sale of one security in one account netted ({@link RoundTripNetting}),
 * trades below the minimum value dropped, cash reserves repaired, whole-share moves that still lower the objective
 * taken greedily ({@link WholeShareTopUp}), and the result re-scored from the snapshot alone. No step after the
 * netting opens a buy where the account sells or a sale where it buys. Cost is a penalty in the objective, not
 * debited from cash.
 *
 * <p>Thread-safe: each call builds and frees its own solver.
 */
public final class HouseholdOptimizer {
    private static final int DRIFT_SCALE = 6;

    public HouseholdOptimizer() {
        NativeLibraries.ensureLoaded();
    }

    /**
     * @throws OptimizationException when the solver finds no optimum (its status is in the message) or an account's
     *                               cash reserve cannot be kept with whole-share trades
     */
    public Proposal optimize(HouseholdSnapshot snapshot, Policy policy) {
        HouseholdView view = new HouseholdView(snapshot, policy.cashReserve());
        TaxCost tax = new TaxCost(view, policy);
        ProposalScorer scorer = new ProposalScorer(view, tax);
        TradeSet untouched = new TradeSet(view);
        if (view.totalValue().signum() <= 0) {
            return proposal(view, untouched, scorer.score(untouched),
                    List.of("left alone: the household has no positive value"));
        }
        Score before = scorer.score(untouched);
        BigDecimal driftBefore = fraction(before.driftBefore(), view);
        if (driftBefore.compareTo(policy.driftTolerance()) <= 0) {
            return proposal(view, untouched, before, List.of("left alone: drift " + driftBefore.toPlainString()
                    + " is within the tolerance " + policy.driftTolerance().toPlainString()));
        }

        TradingRules rules = new TradingRules(view, policy, new WashSaleWindow(snapshot, view, policy.washSaleDays()));
        SolverAnswer answer = new RebalanceProgram(view, rules, tax, policy).solve();
        TradeSet trades = new WholeShareRounding(view, tax).round(answer);
        int netted = new RoundTripNetting(view, tax).apply(trades);
        MinimumTradeFilter minimum = new MinimumTradeFilter(view, policy.minTradeValue());
        int dropped = minimum.apply(trades);
        List<String> repairs = new CashReserveRepair(view, rules, tax, minimum).apply(trades);
        int toppedUp = new WholeShareTopUp(view, rules, tax, policy, minimum).apply(trades);

        List<String> notes = new ArrayList<>(new ConstraintNotes(view, rules, policy).write(answer, trades));
        if (netted > 0) {
            notes.add("netting: " + netted + " securities both bought and sold in one account were netted");
        }
        if (dropped > 0) {
            notes.add("minimum trade: dropped " + dropped + " trades worth less than "
                    + policy.minTradeValue().toPlainString());
        }
        notes.addAll(repairs);
        if (toppedUp > 0) {
            notes.add("whole shares: " + toppedUp + " whole-share moves won back what rounding down lost");
        }
        if (trades.sales().isEmpty() && trades.buys().isEmpty()) {
            notes.add(dropped > 0 ? "left alone: every trade found was below the minimum trade value"
                    : "left alone: no trade lowers drift by more than its tax and cost");
        }
        Score after = scorer.score(trades);
        notes.add("objective (re-scored): drift " + money(after.driftAfter()) + " + tax weight "
                + policy.taxWeight().toPlainString() + " × tax " + money(after.estimatedTax()) + " + cost "
                + money(after.cost(policy)) + " = " + money(after.objective(policy)));
        return proposal(view, trades, after, notes);
    }

    private static Proposal proposal(HouseholdView view, TradeSet trades, Score score, List<String> notes) {
        Explanation explanation = new Explanation(fraction(score.driftBefore(), view),
                fraction(score.driftAfter(), view), Decimals.money(score.realizedShortTerm()),
                Decimals.money(score.realizedLongTerm()), Decimals.money(score.estimatedTax()), notes);
        return new Proposal(view.household(), view.tradeDate(), new TradeListing(view).list(trades), explanation);
    }

    private static BigDecimal fraction(BigDecimal dollars, HouseholdView view) {
        return view.totalValue().signum() <= 0 ? BigDecimal.ZERO.setScale(DRIFT_SCALE)
                : dollars.divide(view.totalValue(), DRIFT_SCALE, RoundingMode.HALF_EVEN);
    }

    private static String money(BigDecimal amount) {
        return Decimals.money(amount).toPlainString();
    }
}
