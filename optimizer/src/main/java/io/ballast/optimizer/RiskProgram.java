package io.ballast.optimizer;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPGeneralConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPQuadraticConstraint;
import com.google.ortools.linearsolver.MPQuadraticObjective;
import com.google.ortools.linearsolver.MPVariableProto;
import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The household rebalance as a convex program whose trade variables are values as fractions of the household's
 * value V (x_l sold of lot l, b_as bought of security s in account a; shares are x · V / p), which keeps every
 * coefficient near one for the solver:
 * <pre>
 * minimise   λ · (Σ_k g_k² + Σ_s D_s z_s²) + Σ_l (taxWeight · taxPerShare_l / p + cost − loc_l) · x_l
 *            + Σ (cost + loc_as) · b_as
 * subject to z_s = (held_s · p − target_s) / V + Σ_a b_as − Σ_(l of s) x_l       (active weight)
 *            g_k = Σ_s C_sk z_s                                               (factor exposure)
 *            Σ_(l in a) x_l − Σ_s b_as ≥ (reserve_a − cash_a) / V              (cash reserve)
 *            Σ_s b_as ≥ toInvest_a / V                                           (CASH_INVEST accounts)
 *            Σ_(taxable l) gainPerShare_l / p · x_l ≤ gainsBudget / V          (if the policy has one)
 *            0 ≤ x_l ≤ quantity_l · p / V,  0 ≤ b_as ≤ value_a / V             (no shorts)
 *            x_l = quantity_l · p / V                                         (lots a screen forces out)
 * </pre>
 * with λ the policy's risk aversion, C, D of {@link RiskTerms}, so the first term is λ · TE², and loc the
 * {@link LocationCost} per dollar of the security in the account (of the lot). With
 * {@code washChoices} it is the exact mixed-integer program: per wash group w (substantially identical
 * securities) a binary y_w, b_as ≤ (value_a / V) · y_w for s in w and x_l ≤ (quantity_l · p / V) · (1 − y_w) for loss
 * lots of w; the squared terms then become epigraph constraints t ≥ v², which SCIP solves far faster than a quadratic
 * objective. Buy variables exist only where {@link TradingRules} allow a buy and sale variables only for sellable
 * lots, minus the sides a caller closes per wash group ({@code closedLossSales}, {@code closedBuys}).
 */
final class RiskProgram {
    private final HouseholdView view;
    private final TradingRules rules;
    private final TaxCost tax;
    private final Policy policy;
    private final RiskTerms risk;
    private final LocationCost location;
    private final SortedMap<LotId, Integer> sales = new TreeMap<>();
    private final SortedMap<Position, Integer> buys = new TreeMap<>();

    RiskProgram(HouseholdView view, TradingRules rules, TaxCost tax, Policy policy, RiskTerms risk,
            LocationCost location) {
        this.view = view;
        this.rules = rules;
        this.tax = tax;
        this.policy = policy;
        this.risk = risk;
        this.location = location;
    }

    HouseholdView view() {
        return view;
    }

    TradingRules rules() {
        return rules;
    }

    MPModelProto build(Set<SecurityId> closedLossSales, Set<SecurityId> closedBuys, boolean washChoices,
            boolean epigraphs) {
        sales.clear();
        buys.clear();
        MPModelProto.Builder model = MPModelProto.newBuilder();
        double value = view.totalValue().doubleValue();
        double costRate = policy.costBps().doubleValue() / 10_000;
        double taxWeight = policy.taxWeight().doubleValue();
        double lambda = policy.riskAversion().doubleValue();

        for (TaxLot lot : view.lots()) {
            boolean closed = view.isLossLot(lot) && closedLossSales.contains(rules.washGroup(lot.security()));
            if (rules.canSell(lot) && !closed) {
                double price = price(lot.security());
                double all = lot.quantity().doubleValue() * price / value;
                sales.put(lot.id(), variable(model, rules.isForcedSale(lot.id()) ? all : 0, all,
                        taxWeight * tax.perShare(lot).doubleValue() / price + costRate
                                - location.perDollar(lot.account(), lot.security()), false));
            }
        }
        for (AccountId account : view.accountIds()) {
            double accountValue = view.accountValue(account).doubleValue();
            for (SecurityId security : view.securities()) {
                if (rules.canBuyIn(account, security) && !closedBuys.contains(rules.washGroup(security)) && accountValue > 0) {
                    buys.put(new Position(account, security), variable(model, 0, accountValue / value,
                            costRate + location.perDollar(account, security), false));
                }
            }
        }

        List<SecurityId> securities = risk.securities();
        double[] start = risk.activeWeights(view, view.sharesBySecurity());
        int[] active = new int[securities.size()];
        List<MPConstraintProto.Builder> activeRows = new ArrayList<>();
        for (int s = 0; s < securities.size(); s++) {
            active[s] = variable(model, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, false);
            MPConstraintProto.Builder row = MPConstraintProto.newBuilder().setLowerBound(start[s])
                    .setUpperBound(start[s]);
            row.addVarIndex(active[s]).addCoefficient(1);
            activeRows.add(row);
        }
        sales.forEach((id, x) -> {
            SecurityId security = view.lot(id).security();
            activeRows.get(risk.index(security)).addVarIndex(x).addCoefficient(1);
        });
        buys.forEach((position, b) -> activeRows.get(risk.index(position.security())).addVarIndex(b)
                .addCoefficient(-1));
        activeRows.forEach(model::addConstraint);

        List<Integer> squared = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int f = 0; f < risk.factors(); f++) {
            int g = variable(model, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, false);
            MPConstraintProto.Builder row = MPConstraintProto.newBuilder().setLowerBound(0).setUpperBound(0);
            row.addVarIndex(g).addCoefficient(1);
            for (int s = 0; s < securities.size(); s++) {
                if (risk.loading(s, f) != 0) {
                    row.addVarIndex(active[s]).addCoefficient(-risk.loading(s, f));
                }
            }
            model.addConstraint(row);
            squared.add(g);
            weights.add(lambda);
        }
        for (int s = 0; s < securities.size(); s++) {
            if (risk.specific(s) > 0) {
                squared.add(active[s]);
                weights.add(lambda * risk.specific(s));
            }
        }

        for (AccountId account : view.accountIds()) {
            double shortfall = (rules.reserve(account).doubleValue() - view.cash(account).doubleValue()) / value;
            MPConstraintProto.Builder row = MPConstraintProto.newBuilder().setLowerBound(shortfall)
                    .setUpperBound(Double.POSITIVE_INFINITY);
            sales.forEach((id, x) -> {
                TaxLot lot = view.lot(id);
                if (lot.account().equals(account)) {
                    row.addVarIndex(x).addCoefficient(1);
                }
            });
            buys.forEach((position, b) -> {
                if (position.account().equals(account)) {
                    row.addVarIndex(b).addCoefficient(-1);
                }
            });
            model.addConstraint(row);
        }

        for (AccountId account : view.accountIds()) {
            double toInvest = rules.toInvest(account).doubleValue() / value;
            if (toInvest > 0) {
                MPConstraintProto.Builder row = MPConstraintProto.newBuilder().setLowerBound(toInvest)
                        .setUpperBound(Double.POSITIVE_INFINITY);
                buys.forEach((position, b) -> {
                    if (position.account().equals(account)) {
                        row.addVarIndex(b).addCoefficient(1);
                    }
                });
                model.addConstraint(row);
            }
        }

        rules.gainsBudget().ifPresent(budget -> {
            MPConstraintProto.Builder row = MPConstraintProto.newBuilder().setLowerBound(Double.NEGATIVE_INFINITY)
                    .setUpperBound(budget.doubleValue() / value);
            sales.forEach((id, x) -> {
                TaxLot lot = view.lot(id);
                if (view.isTaxable(lot.account())) {
                    row.addVarIndex(x).addCoefficient(view.gainPerShare(lot).doubleValue() / price(lot.security()));
                }
            });
            model.addConstraint(row);
        });

        if (washChoices) {
            addWashChoices(model);
        }
        if (epigraphs) {
            for (int i = 0; i < squared.size(); i++) {
                int epigraph = variable(model, 0, Double.POSITIVE_INFINITY, weights.get(i), false);
                int v = squared.get(i);
                model.addGeneralConstraint(MPGeneralConstraintProto.newBuilder().setQuadraticConstraint(
                        MPQuadraticConstraint.newBuilder().addVarIndex(epigraph).addCoefficient(-1)
                                .addQvar1Index(v).addQvar2Index(v).addQcoefficient(1)
                                .setLowerBound(Double.NEGATIVE_INFINITY).setUpperBound(0)));
            }
        } else {
            MPQuadraticObjective.Builder quadratic = MPQuadraticObjective.newBuilder();
            for (int i = 0; i < squared.size(); i++) {
                quadratic.addQvar1Index(squared.get(i)).addQvar2Index(squared.get(i)).addCoefficient(weights.get(i));
            }
            model.setQuadraticObjective(quadratic);
        }
        return model.build();
    }

    private void addWashChoices(MPModelProto.Builder model) {
        double value = view.totalValue().doubleValue();
        for (SecurityId group : rules.washChoiceGroups()) {
            Set<SecurityId> members = rules.identical(group);
            int buySide = variable(model, 0, 1, 0, true);
            buys.forEach((position, b) -> {
                if (members.contains(position.security())) {
                    double bound = view.accountValue(position.account()).doubleValue() / value;
                    model.addConstraint(MPConstraintProto.newBuilder().setLowerBound(Double.NEGATIVE_INFINITY)
                            .setUpperBound(0).addVarIndex(b).addCoefficient(1).addVarIndex(buySide)
                            .addCoefficient(-bound));
                }
            });
            sales.forEach((id, x) -> {
                TaxLot lot = view.lot(id);
                if (members.contains(lot.security()) && view.isLossLot(lot)) {
                    double quantity = lot.quantity().doubleValue() * price(lot.security()) / value;
                    model.addConstraint(MPConstraintProto.newBuilder().setLowerBound(Double.NEGATIVE_INFINITY)
                            .setUpperBound(quantity).addVarIndex(x).addCoefficient(1).addVarIndex(buySide)
                            .addCoefficient(quantity));
                }
            });
        }
    }

    private static int variable(MPModelProto.Builder model, double lower, double upper, double objective,
            boolean integer) {
        model.addVariable(MPVariableProto.newBuilder().setLowerBound(lower).setUpperBound(upper)
                .setObjectiveCoefficient(objective).setIsInteger(integer));
        return model.getVariableCount() - 1;
    }

    /** Shares sold per lot and bought per position in the solution to the last program built. */
    SolverAnswer answer(List<Double> values, double objective) {
        double value = view.totalValue().doubleValue();
        SortedMap<LotId, Double> sold = new TreeMap<>();
        sales.forEach((id, x) -> sold.put(id, Math.max(0, values.get(x)) * value / price(view.lot(id).security())));
        SortedMap<Position, Double> bought = new TreeMap<>();
        buys.forEach((position, b) -> bought.put(position,
                Math.max(0, values.get(b)) * value / price(position.security())));
        return new SolverAnswer(sold, bought, objective);
    }

    /** Wash groups that the answer both buys and sells at a loss, each with the value bought and loss-sold. */
    SortedMap<SecurityId, double[]> washConflicts(SolverAnswer answer, double tolerance) {
        SortedMap<SecurityId, double[]> sides = new TreeMap<>();
        SortedSet<SecurityId> groups = rules.washChoiceGroups();
        answer.buys().forEach((position, shares) -> {
            SecurityId group = rules.washGroup(position.security());
            if (groups.contains(group) && shares > tolerance) {
                sides.computeIfAbsent(group, g -> new double[2])[0] += shares * price(position.security());
            }
        });
        answer.sales().forEach((id, shares) -> {
            TaxLot lot = view.lot(id);
            SecurityId group = rules.washGroup(lot.security());
            if (groups.contains(group) && view.isLossLot(lot) && shares > tolerance) {
                sides.computeIfAbsent(group, g -> new double[2])[1] += shares * price(lot.security());
            }
        });
        sides.values().removeIf(pair -> pair[0] == 0 || pair[1] == 0);
        return sides;
    }

    private double price(SecurityId security) {
        return view.price(security).doubleValue();
    }
}
