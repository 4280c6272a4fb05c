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
 * <p>The household is the unit: risk is its tracking error against its model, measured on its combined holdings
 * with the snapshot's risk model, and trades happen in its accounts. The model's weights apply to the investable
 * part of the household, (1 − cashReserve) × V, and cash targets cashReserve × V (V the household's value; see
 * {@link HouseholdView#targetValue}). Drift, as the {@link Explanation} reports it, is (Σ over every model or held
 * security of |value held − target value| + |cash − cashReserve × V|) / V, between 0 and 2: the trigger, not the
 * objective.
 *
 * <p>A household whose drift is within the policy's tolerance is left alone without a solve. Otherwise
 * {@link RiskProgram} minimises riskAversion × V × TE² + taxWeight × tax + cost over shares sold per lot and bought
 * per account and model security, under no shorts, cash reserves, restrictions and screens (a screened holding
 * sold in full or kept, as the policy says), the gains budget and wash-sale rules, with asset location preferences
 * in the objective, solved as the {@link Formulation} says; the answer is rounded down to the policy's share grid, a buy and a sale of one
 * security in one account netted ({@link RoundTripNetting}), trades below the minimum value dropped, cash reserves
 * repaired, whole-share moves that still lower the objective taken greedily ({@link WholeShareTopUp}), trades that
 * do not pay their ticket dropped ({@link TradePruning}), and the result re-scored from the snapshot alone. No step
 * after the netting opens a buy where the account sells or a sale where it buys. Cost is a penalty in the
 * objective, not debited from cash.
 *
 * <p>Thread-safe: each call builds and solves its own model.
 */
public final class HouseholdOptimizer {
    private static final int FRACTION_SCALE = 6;

    private final Formulation formulation;

    /** The optimizer as it ships: {@link Formulation#RELAX_AND_FIX}. */
    public HouseholdOptimizer() {
        this(Formulation.RELAX_AND_FIX);
    }

    public HouseholdOptimizer(Formulation formulation) {
        NativeLibraries.ensureLoaded();
        this.formulation = formulation;
    }

    /**
     * @throws OptimizationException when the solver finds no optimum (its status is in the message) or an account's
     *                               cash reserve cannot be kept with whole-share trades
     */
    public Proposal optimize(HouseholdSnapshot snapshot, Policy policy) {
        HouseholdView view = new HouseholdView(snapshot, policy.cashReserve());
        TaxCost tax = new TaxCost(view, policy);
        RiskTerms risk = new RiskTerms(view, snapshot.riskModel());
        ProposalScorer scorer = new ProposalScorer(view, tax, risk);
        TradeSet untouched = new TradeSet(view);
        if (view.totalValue().signum() <= 0) {
            return proposal(view, untouched, scorer.score(untouched), BigDecimal.ZERO,
                    List.of("left alone: the household has no positive value"));
        }
        Score before = scorer.score(untouched);
        BigDecimal driftBefore = fraction(before.driftBefore(), view);
        TradingRules rules = new TradingRules(view, policy, new WashSaleWindow(snapshot, view, policy.washSaleDays()));
        if (driftBefore.compareTo(policy.driftTolerance()) <= 0 && rules.forcedSales().isEmpty()) {
            return proposal(view, untouched, before, BigDecimal.ZERO, List.of("left alone: drift "
                    + driftBefore.toPlainString() + " is within the tolerance " + policy.driftTolerance().toPlainString()));
        }
        rules.requireReachableReserves();
        SolverAnswer answer = formulation.solve(new RiskProgram(view, rules, tax, policy, risk));
        TradeSet trades = new WholeShareRounding(view, rules, tax).round(answer);
        int netted = new RoundTripNetting(view, tax, rules.increment()).apply(trades);
        MinimumTradeFilter minimum = new MinimumTradeFilter(view, rules, policy.minTradeValue());
        int dropped = minimum.apply(trades);
        List<String> repairs = new CashReserveRepair(view, rules, tax, minimum).apply(trades);
        int toppedUp = new WholeShareTopUp(view, rules, tax, policy, minimum, risk).apply(trades);
        int pruned = new TradePruning(view, rules, tax, policy, risk).apply(trades);

        List<String> notes = new ArrayList<>(new ConstraintNotes(view, rules, policy, risk).write(trades));
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
        if (pruned > 0) {
            notes.add("trade cost: dropped " + pruned + " trades that lowered risk and tax by less than they cost");
        }
        if (trades.sales().isEmpty() && trades.buys().isEmpty()) {
            notes.add(dropped > 0 ? "left alone: every trade found was below the minimum trade value"
                    : "left alone: no trade lowers risk by more than its tax and cost");
        }
        Score after = scorer.score(trades);
        LocationCost location = new LocationCost(view, policy);
        BigDecimal locationChange = location.after(trades).subtract(location.after(untouched));
        notes.add("objective (re-scored): risk " + money(after.risk(policy)) + " + tax weight "
                + policy.taxWeight().toPlainString() + " × tax " + money(after.estimatedTax()) + " + cost "
                + money(after.cost(policy)) + (location.isEmpty() ? "" : " + location " + money(locationChange))
                + " = " + money(after.objective(policy).add(locationChange)));
        BigDecimal gainsDeferred = new NaiveRebalance(view).taxableGain()
                .subtract(after.realizedShortTerm().add(after.realizedLongTerm()));
        return proposal(view, trades, after, gainsDeferred, notes);
    }

    private static Proposal proposal(HouseholdView view, TradeSet trades, Score score, BigDecimal gainsDeferred,
            List<String> notes) {
        Explanation explanation = new Explanation(fraction(score.driftBefore(), view),
                fraction(score.driftAfter(), view), ratio(score.trackingErrorBefore()),
                ratio(score.trackingErrorAfter()), Decimals.money(score.realizedShortTerm()),
                Decimals.money(score.realizedLongTerm()), Decimals.money(score.estimatedTax()),
                Decimals.money(score.lossesHarvested()), Decimals.money(gainsDeferred), notes);
        return new Proposal(view.household(), view.tradeDate(), new TradeListing(view).list(trades), explanation);
    }

    private static BigDecimal fraction(BigDecimal dollars, HouseholdView view) {
        return view.totalValue().signum() <= 0 ? BigDecimal.ZERO.setScale(FRACTION_SCALE)
                : dollars.divide(view.totalValue(), FRACTION_SCALE, RoundingMode.HALF_EVEN);
    }

    /** A tracking error as a decimal; 0 for a household without value, whose active weights are undefined. */
    private static BigDecimal ratio(double value) {
        return BigDecimal.valueOf(Double.isFinite(value) ? value : 0).setScale(FRACTION_SCALE, RoundingMode.HALF_EVEN);
    }

    private static String money(BigDecimal amount) {
        return Decimals.money(amount).toPlainString();
    }
}
