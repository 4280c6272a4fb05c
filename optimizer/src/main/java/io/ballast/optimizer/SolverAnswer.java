package io.ballast.optimizer;

import io.ballast.domain.LotId;
import java.util.SortedMap;

/**
 * The solver's continuous answer: shares sold per lot and bought per position, and the objective the solver
 * reports, used only to compare answers to one program under different fixings.
 */
record SolverAnswer(SortedMap<LotId, Double> sales, SortedMap<Position, Double> buys, double objective) {
}
