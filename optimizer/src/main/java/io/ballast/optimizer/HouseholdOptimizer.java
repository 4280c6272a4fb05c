package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.Decimals;
import io.ballast.domain.Explanation;
import io.ballast.domain.HouseholdSnapshot;
import io.ballast.domain.Mode;
import io.ballast.domain.Policy;
import io.ballast.domain.Proposal;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
        HouseholdView view = new HouseholdView(snapshot, policy.cashReserve(), substitutes(policy));
        TaxCost tax = new TaxCost(view, policy);
        RiskTerms risk = new RiskTerms(view, snapshot.riskModel());
        LocationCost location = new LocationCost(view, policy);
        ProposalScorer scorer = new ProposalScorer(view, tax, risk);
        TradeSet untouched = new TradeSet(view);
        List<String> modeNotes = modeNotes(policy);
        if (view.totalValue().signum() <= 0) {
            return proposal(view, untouched, scorer.score(untouched), BigDecimal.ZERO,
                    with(modeNotes, "left alone: the household has no positive value"));
        }
        for (AccountId account : policy.cashAmounts().keySet()) {
            if (!view.accountIds().contains(account)) {
                throw new OptimizationException(view.household(), "the policy has a cash amount for account " + account
                        + ", which is not in the household");
            }
        }
        Score before = scorer.score(untouched);
        TradingRules rules = new TradingRules(view, policy, new WashSaleWindow(snapshot, view, policy.washSaleDays()));
        DriftFloor floor = new DriftFloor(view, rules);
        boolean rebalancing = policy.mode() == Mode.REBALANCE || policy.mode() == Mode.WHAT_IF;
        if (rebalancing && rules.forcedSales().isEmpty()) {
            BigDecimal driftBefore = fraction(before.driftBefore(), view);
            if (driftBefore.compareTo(policy.driftTolerance()) <= 0) {
                return proposal(view, untouched, before, BigDecimal.ZERO, with(modeNotes, "left alone: drift "
                        + driftBefore.toPlainString() + " is within the tolerance "
                        + policy.driftTolerance().toPlainString()));
            }
        }
        rules.requireReachableReserves();
        SolverAnswer answer = formulation.solve(new RiskProgram(view, rules, tax, policy, risk, location));
        TradeSet trades = new WholeShareRounding(view, rules, tax).round(answer);
        int netted = new RoundTripNetting(view, tax, rules.increment()).apply(trades);
        MinimumTradeFilter minimum = new MinimumTradeFilter(view, rules, policy.minTradeValue());
        int dropped = minimum.apply(trades);
        List<String> repairs = new CashReserveRepair(view, rules, tax, minimum).apply(trades);
        repairs.addAll(new GainsBudgetRepair(view, rules, minimum).apply(trades));
        int toppedUp = 0;
        int pruned = 0;
        if (policy.mode() == Mode.CASH_INVEST) {
            repairs.addAll(new CashInvestment(view, rules, minimum, risk, policy).apply(trades));
        } else {
            toppedUp = new WholeShareTopUp(view, rules, tax, policy, minimum, risk, location).apply(trades);
            pruned = new TradePruning(view, rules, tax, policy, risk, location).apply(trades);
            if (policy.mode() == Mode.HARVEST_ONLY) {
                int unmatched = new ReplacementFilter(view, policy).apply(trades);
                if (unmatched > 0) {
                    repairs.add("harvest only: dropped " + unmatched + " buys that replaced no loss sold");
                }
            }
        }

        List<String> notes = new ArrayList<>(modeNotes);
        notes.addAll(new ConstraintNotes(view, rules, policy, risk, location).write(trades));
        if (rebalancing) {
            notes.addAll(floor.notes());
        }
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
        BigDecimal locationChange = location.after(trades).subtract(location.after(untouched));
        if (rebalancing || policy.mode() == Mode.HARVEST_ONLY) {
            BenefitTest benefit = new BenefitTest(before, after, locationChange, policy);
            if (!trades.sales().isEmpty() || !trades.buys().isEmpty()) {
                // trades a screen forces or an account short of its reserve needs are made whatever they gain
                List<String> required = requiredTrades(view, rules, policy);
                if (!benefit.pays() && required.isEmpty()) {
                    List<String> alone = with(modeNotes, benefit.leftAloneNote(after.trades()));
                    if (rebalancing) {
                        alone.addAll(floor.notes());
                    }
                    return proposal(view, untouched, before, BigDecimal.ZERO, alone);
                }
                notes.add(benefit.pays() ? benefit.tradedNote() : benefit.requiredNote(required));
            }
        }
        notes.add("objective (re-scored): risk " + money(after.risk(policy)) + " + tax weight "
                + policy.taxWeight().toPlainString() + " × tax " + money(after.estimatedTax()) + " + cost "
                + money(after.cost(policy)) + (location.isEmpty() ? "" : " + location " + money(locationChange))
                + " = " + money(after.objective(policy).add(locationChange)));
        BigDecimal gainsDeferred = new NaiveRebalance(view).taxableGain()
                .subtract(after.realizedShortTerm().add(after.realizedLongTerm()));
        return proposal(view, trades, after, gainsDeferred, notes);
    }

    /** Why the household must trade whatever the trades gain: screened shares to sell, accounts short of cash. */
    private static List<String> requiredTrades(HouseholdView view, TradingRules rules, Policy policy) {
        List<String> reasons = new ArrayList<>();
        if (!rules.forcedSales().isEmpty()) {
            reasons.add("screened shares held are sold");
        }
        for (AccountId account : view.accountIds()) {
            // a shortfall smaller than a minimum trade (prices moved, commissions paid) is not worth a ticket
            BigDecimal shortfall = rules.reserve(account).subtract(view.cash(account));
            if (shortfall.signum() > 0 && shortfall.compareTo(policy.minTradeValue()) >= 0) {
                reasons.add("account " + account + " holds " + money(view.cash(account)) + " in cash, below its reserve"
                        + " of " + money(rules.reserve(account)));
            }
        }
        return reasons;
    }

    /** Every security of the policy's substitute groups, which HARVEST_ONLY may buy as replacements. */
    private static Set<SecurityId> substitutes(Policy policy) {
        Set<SecurityId> all = new TreeSet<>();
        if (policy.mode() == Mode.HARVEST_ONLY) {
            policy.substitutes().forEach(all::addAll);
        }
        return all;
    }

    private static List<String> modeNotes(Policy policy) {
        return switch (policy.mode()) {
            case WHAT_IF -> List.of("what-if: a dry run, computed and shown, never approved or sent");
            case HARVEST_ONLY -> List.of("harvest only: loss lots sold where the tax saved beats the risk added,"
                    + " replaced by substitutes; nothing else traded");
            case TRANSITION -> List.of("transition: to model whatever the drift, within the gains budget of "
                    + money(policy.gainsBudget()));
            case CASH_RAISE -> List.of("cash raise: " + amounts(policy) + " raised on top of each reserve, by sales only");
            case CASH_INVEST -> List.of("cash invest: " + amounts(policy) + " invested, by buys only");
            case REBALANCE -> List.of();
        };
    }

    private static String amounts(Policy policy) {
        List<String> each = new ArrayList<>();
        policy.cashAmounts().forEach((account, amount) -> each.add(money(amount) + " in " + account));
        return String.join(", ", each);
    }

    private static List<String> with(List<String> notes, String note) {
        List<String> all = new ArrayList<>(notes);
        all.add(note);
        return all;
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
