package io.ballast.optimizer;

import io.ballast.domain.AccountId;
import io.ballast.domain.SecurityId;
import java.util.Comparator;

/** One security in one account: where a buy lands and how sales are grouped into trades. */
record Position(AccountId account, SecurityId security) implements Comparable<Position> {
    private static final Comparator<Position> ORDER = Comparator.comparing(Position::account)
            .thenComparing(Position::security);

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }
}
