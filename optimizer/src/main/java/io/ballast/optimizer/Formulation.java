package io.ballast.optimizer;

import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
import io.ballast.domain.SecurityId;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * How {@link RiskProgram} is solved. The optimizer ships {@link #RELAX_AND_FIX}; {@link #EXACT_MIQP} is kept as
 * the reference the benchmark compares it with (see docs/optimizer.md for the figures that decided).
 */
public enum Formulation {
    /**
     * The convex relaxation (no wash-sale binaries) with PDLP; where its answer both buys a wash group and sells
     * its loss lots, the sides are fixed and the program solved again (Moehle, Kochenderfer, Boyd and Ang 2021,
     * "relax, then fix the sides"). Three fixings are solved and the lowest objective kept: each group keeps the
     * larger side of the relaxation; every conflicting group harvests (buys closed); every one buys (loss sales
     * closed). The larger-side rule alone lost about 20 bp against the exact program on the benchmark's ETF
     * households, mostly where the relaxation sold loss lots in the taxable account and bought the same security
     * in the IRA.
     */
    RELAX_AND_FIX {
        @Override
        SolverAnswer solve(RiskProgram program) {
            Set<SecurityId> none = Set.of();
            SolverAnswer relaxed = run(program, program.build(none, none, false, false), PDLP);
            SortedMap<SecurityId, double[]> conflicts = program.washConflicts(relaxed, SIDE_TOLERANCE);
            if (conflicts.isEmpty()) {
                return relaxed;
            }
            Set<SecurityId> largerLossSide = new TreeSet<>();
            conflicts.forEach((group, sides) -> {
                if (sides[0] < sides[1]) {
                    largerLossSide.add(group);
                }
            });
            Set<SecurityId> all = conflicts.keySet();
            SolverAnswer best = null;
            for (Set<SecurityId> harvested : List.of(largerLossSide, all, none)) {
                Set<SecurityId> kept = new TreeSet<>(all);
                kept.removeAll(harvested);
                SolverAnswer fixed = fixSides(program, kept, new TreeSet<>(harvested));
                if (fixed != null && (best == null || fixed.objective() < best.objective())) {
                    best = fixed;
                }
            }
            if (best == null) {
                throw new OptimizationException(program.view().household(), "no choice of sides for the wash-sale"
                        + " groups " + all + " leaves the program feasible");
            }
            return best;
        }
    },
    /** The exact mixed-integer program with a wash-sale binary per wash group, squared terms as epigraphs, SCIP. */
    EXACT_MIQP {
        @Override
        SolverAnswer solve(RiskProgram program) {
            Set<SecurityId> none = Set.of();
            return run(program, program.build(none, none, true, true),
                    MPModelRequest.SolverType.SCIP_MIXED_INTEGER_PROGRAMMING);
        }
    };

    private static final MPModelRequest.SolverType PDLP = MPModelRequest.SolverType.PDLP_LINEAR_PROGRAMMING;
    /** Shares below this in a relaxed answer do not count as a side taken. */
    private static final double SIDE_TOLERANCE = 1e-3;
    /**
     * A solver still searching at this point hands over its best answer (FEASIBLE), which rounding and repair then
     * make whole: the exact program can take minutes to prove optimality on a large household.
     */
    private static final double TIME_LIMIT_SECONDS = 10;

    abstract SolverAnswer solve(RiskProgram program);

    /**
     * Solves with these sides closed; a group the fixed program newly both buys and loss-sells is closed on its
     * smaller side and the program solved again, until no group is. Null when the fixing leaves the program
     * infeasible (closing loss sales can leave an account unable to raise its reserve).
     */
    private static SolverAnswer fixSides(RiskProgram program, Set<SecurityId> closedLossSales,
            Set<SecurityId> closedBuys) {
        while (true) {
            SolverAnswer answer = run(program, program.build(closedLossSales, closedBuys, false, false), PDLP, true);
            if (answer == null) {
                return null;
            }
            SortedMap<SecurityId, double[]> conflicts = program.washConflicts(answer, SIDE_TOLERANCE);
            if (conflicts.isEmpty()) {
                return answer;
            }
            conflicts.forEach((group, sides) -> (sides[0] >= sides[1] ? closedLossSales : closedBuys).add(group));
        }
    }

    private static SolverAnswer run(RiskProgram program, MPModelProto model, MPModelRequest.SolverType solver) {
        return run(program, model, solver, false);
    }

    /** The solver's answer; null if it proves the program infeasible and {@code allowInfeasible}. */
    private static SolverAnswer run(RiskProgram program, MPModelProto model, MPModelRequest.SolverType solver,
            boolean allowInfeasible) {
        MPModelRequest request = MPModelRequest.newBuilder().setModel(model).setSolverType(solver)
                .setSolverTimeLimitSeconds(TIME_LIMIT_SECONDS).build();
        MPSolutionResponse response = MPSolver.solveWithProto(request);
        MPSolverResponseStatus status = response.getStatus();
        if (status == MPSolverResponseStatus.MPSOLVER_INFEASIBLE && allowInfeasible) {
            return null;
        }
        if (status != MPSolverResponseStatus.MPSOLVER_OPTIMAL && status != MPSolverResponseStatus.MPSOLVER_FEASIBLE) {
            throw new OptimizationException(program.view().household(), "the " + solver + " solver answered "
                    + response.getStatus() + " " + response.getStatusStr());
        }
        return program.answer(response.getVariableValueList(), response.getObjectiveValue());
    }
}
