package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Require;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One account's positions (shares per security) and cash, as the ledger expects them or a custodian reports them. */
public record AccountBook(AccountId account, Map<SecurityId, BigDecimal> positions, BigDecimal cash) {
    public AccountBook {
        Require.present(account, "account");
        positions = Collections.unmodifiableMap(new TreeMap<>(Require.present(positions, "positions of " + account)));
        Require.present(cash, "cash of " + account);
    }

    public BigDecimal position(SecurityId security) {
        return positions.getOrDefault(security, BigDecimal.ZERO);
    }
}
