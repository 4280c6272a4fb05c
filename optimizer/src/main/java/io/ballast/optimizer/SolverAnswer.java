package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import java.util.SortedMap;
import java.util.SortedSet;

/** The solver's continuous answer: shares sold per lot and bought per position; accounts held at their reserve. */
record SolverAnswer(SortedMap<LotId, Double> sales, SortedMap<Position, Double> buys,
        SortedSet<AccountId> reserveBinding) {
}
