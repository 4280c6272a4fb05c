package io.ballast.domain;

import java.time.LocalDate;
import java.util.List;

/** The optimizer's answer for one household on one trade date. No trades is a valid answer. */
public record Proposal(HouseholdId household, LocalDate tradeDate, List<ProposedTrade> trades,
        Explanation explanation) {
    public Proposal {
        Require.present(household, "household");
        Require.present(tradeDate, "trade date");
        trades = List.copyOf(trades);
        Require.present(explanation, "explanation");
    }
}
