package io.ballast.optimizer;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.Policy;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The household rebalance as a mixed-integer program for SCIP, in dollars:
 * <pre>
 * minimise   Σ_s d_s + d_cash + taxWeight · Σ_l taxPerShare_l · x_l + cost · (Σ_l p·x_l + Σ_(a,s) p·b_as)
 * subject to d_s ≥ ±(held_s + Σ_a p·b_as − Σ_(l of s) p·x_l − w_s · (1 − r) · V)  (L1 drift per security)
 *            d_cash ≥ ±(cash + Σ p·x − Σ p·b − r · V)                              (cash, target r · V)
 *            cash_a + Σ_(l in a) p·x_l − Σ_s p·b_as ≥ r · value_a                  (per account)
 *            0 ≤ x_l ≤ quantity_l,  0 ≤ b_as ≤ value_a / p_s                       (no shorts)
 *            b_as ≤ (value_a / p_s) · y_s,  x_l ≤ quantity_l · (1 − y_s)    (loss lots l of s, y_s binary)
 * </pre>
 * with w_s the model weight, r the policy's cash reserve and V the household's value: the targets of
 * {@link HouseholdView#targetValue} and {@link HouseholdView#cashTarget}, as {@link DriftMeasure} scores them.
 * Buy variables exist only where {@link TradingRules} allow a buy and sale variables only for sellable lots, so
 * restrictions and the recent-trade wash-sale windows are met by construction; y_s makes "harvest s or buy s"
 * exact within one proposal. A buy can never exceed the account's value, so that bound is a valid big-M.
 */
final class RebalanceProgram {
    private static final double BINDING_TOLERANCE = 1e-6;

    private final HouseholdView view;
    private final TradingRules rules;
    private final TaxCost tax;
    private final Policy policy;

    RebalanceProgram(HouseholdView view, TradingRules rules, TaxCost tax, Policy policy) {
        this.view = view;
        this.rules = rules;
        this.tax = tax;
        this.policy = policy;
    }

    SolverAnswer solve() {
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new OptimizationException(view.household(), "the SCIP solver is not available");
        }
        try {
            return solveWith(solver);
        } finally {
            solver.delete();
        }
    }

    private SolverAnswer solveWith(MPSolver solver) {
        double costRate = policy.costBps().doubleValue() / 10_000;
        double taxWeight = policy.taxWeight().doubleValue();
        MPObjective objective = solver.objective();

        SortedMap<LotId, MPVariable> sales = new TreeMap<>();
        for (TaxLot lot : view.lots()) {
            if (rules.canSell(lot)) {
                MPVariable x = solver.makeNumVar(0, lot.quantity().doubleValue(), "");
                double price = price(lot.security());
                objective.setCoefficient(x, taxWeight * tax.perShare(lot).doubleValue() + costRate * price);
                sales.put(lot.id(), x);
            }
        }
        SortedMap<Position, MPVariable> buys = new TreeMap<>();
        SortedMap<Position, Double> buyBounds = new TreeMap<>();
        for (AccountId account : view.accountIds()) {
            double accountValue = view.accountValue(account).doubleValue();
            for (SecurityId security : view.securities()) {
                if (rules.canBuy(security) && accountValue > 0) {
                    double price = price(security);
                    Position position = new Position(account, security);
                    MPVariable b = solver.makeNumVar(0, accountValue / price, "");
                    objective.setCoefficient(b, costRate * price);
                    buys.put(position, b);
                    buyBounds.put(position, accountValue / price);
                }
            }
        }

        SortedMap<SecurityId, BigDecimal> held = new TreeMap<>(view.sharesBySecurity());
        for (SecurityId security : view.securities()) {
            double price = price(security);
            double gap = view.targetValue(security).doubleValue()
                    - held.getOrDefault(security, BigDecimal.ZERO).doubleValue() * price;
            MPVariable deviation = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
            objective.setCoefficient(deviation, 1);
            MPConstraint above = solver.makeConstraint(Double.NEGATIVE_INFINITY, gap);
            MPConstraint below = solver.makeConstraint(Double.NEGATIVE_INFINITY, -gap);
            above.setCoefficient(deviation, -1);
            below.setCoefficient(deviation, -1);
            buys.forEach((position, b) -> {
                if (position.security().equals(security)) {
                    above.setCoefficient(b, price);
                    below.setCoefficient(b, -price);
                }
            });
            sales.forEach((id, x) -> {
                if (view.lot(id).security().equals(security)) {
                    above.setCoefficient(x, -price);
                    below.setCoefficient(x, price);
                }
            });
        }

        double cashExcess = view.totalCash().subtract(view.cashTarget()).doubleValue();
        MPVariable cashDeviation = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
        objective.setCoefficient(cashDeviation, 1);
        MPConstraint cashAbove = solver.makeConstraint(Double.NEGATIVE_INFINITY, -cashExcess);
        MPConstraint cashBelow = solver.makeConstraint(Double.NEGATIVE_INFINITY, cashExcess);
        cashAbove.setCoefficient(cashDeviation, -1);
        cashBelow.setCoefficient(cashDeviation, -1);
        sales.forEach((id, x) -> {
            double price = price(view.lot(id).security());
            cashAbove.setCoefficient(x, price);
            cashBelow.setCoefficient(x, -price);
        });
        buys.forEach((position, b) -> {
            double price = price(position.security());
            cashAbove.setCoefficient(b, -price);
            cashBelow.setCoefficient(b, price);
        });

        SortedMap<AccountId, Double> reserveShortfall = new TreeMap<>();
        for (AccountId account : view.accountIds()) {
            double shortfall = reserve(account) - view.cash(account).doubleValue();
            reserveShortfall.put(account, shortfall);
            MPConstraint reserve = solver.makeConstraint(shortfall, Double.POSITIVE_INFINITY);
            sales.forEach((id, x) -> {
                TaxLot lot = view.lot(id);
                if (lot.account().equals(account)) {
                    reserve.setCoefficient(x, price(lot.security()));
                }
            });
            buys.forEach((position, b) -> {
                if (position.account().equals(account)) {
                    reserve.setCoefficient(b, -price(position.security()));
                }
            });
        }

        for (SecurityId security : view.securities()) {
            if (rules.needsWashChoice(security)) {
                MPVariable buySide = solver.makeBoolVar("");
                buys.forEach((position, b) -> {
                    if (position.security().equals(security)) {
                        MPConstraint onlyIfBuying = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                        onlyIfBuying.setCoefficient(b, 1);
                        onlyIfBuying.setCoefficient(buySide, -buyBounds.get(position));
                    }
                });
                sales.forEach((id, x) -> {
                    TaxLot lot = view.lot(id);
                    if (lot.security().equals(security) && view.isLossLot(lot)) {
                        double quantity = lot.quantity().doubleValue();
                        MPConstraint onlyIfHarvesting = solver.makeConstraint(Double.NEGATIVE_INFINITY, quantity);
                        onlyIfHarvesting.setCoefficient(x, 1);
                        onlyIfHarvesting.setCoefficient(buySide, quantity);
                    }
                });
            }
        }
        objective.setMinimization();

        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new OptimizationException(view.household(), "the SCIP solver answered " + status);
        }
        return answer(sales, buys, reserveShortfall);
    }

    private SolverAnswer answer(SortedMap<LotId, MPVariable> sales, SortedMap<Position, MPVariable> buys,
            SortedMap<AccountId, Double> reserveShortfall) {
        SortedMap<LotId, Double> soldShares = new TreeMap<>();
        sales.forEach((id, x) -> soldShares.put(id, x.solutionValue()));
        SortedMap<Position, Double> boughtShares = new TreeMap<>();
        buys.forEach((position, b) -> boughtShares.put(position, b.solutionValue()));
        SortedSet<AccountId> binding = new TreeSet<>();
        for (AccountId account : view.accountIds()) {
            List<Double> flows = new ArrayList<>();
            soldShares.forEach((id, shares) -> {
                TaxLot lot = view.lot(id);
                if (lot.account().equals(account)) {
                    flows.add(shares * price(lot.security()));
                }
            });
            boughtShares.forEach((position, shares) -> {
                if (position.account().equals(account)) {
                    flows.add(-shares * price(position.security()));
                }
            });
            double slack = flows.stream().mapToDouble(Double::doubleValue).sum() - reserveShortfall.get(account);
            if (slack <= BINDING_TOLERANCE * Math.max(1, view.accountValue(account).doubleValue())) {
                binding.add(account);
            }
        }
        return new SolverAnswer(soldShares, boughtShares, binding);
    }

    private double reserve(AccountId account) {
        return rules.reserve(account).doubleValue();
    }

    private double price(SecurityId security) {
        return view.price(security).doubleValue();
    }
}
