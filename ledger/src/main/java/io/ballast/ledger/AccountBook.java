package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Require;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One account's open lots and cash, as the ledger expects them or a custodian reports them. */
public record AccountBook(AccountId account, List<TaxLot> lots, BigDecimal cash) {
    public AccountBook {
        Require.present(account, "account");
        lots = List.copyOf(Require.present(lots, "lots of " + account));
        for (TaxLot lot : lots) {
            if (!lot.account().equals(account)) {
                throw new IllegalArgumentException("lot " + lot.id() + " of " + lot.account() + " is not in " + account);
            }
        }
        Require.present(cash, "cash of " + account);
    }

    /** Shares held per security. */
    public Map<SecurityId, BigDecimal> positions() {
        Map<SecurityId, BigDecimal> positions = new TreeMap<>();
        lots.forEach(lot -> positions.merge(lot.security(), lot.quantity(), BigDecimal::add));
        return Collections.unmodifiableMap(positions);
    }

    public BigDecimal position(SecurityId security) {
        return positions().getOrDefault(security, BigDecimal.ZERO);
    }

    /** The lots of one security. */
    public List<TaxLot> lotsOf(SecurityId security) {
        return lots.stream().filter(lot -> lot.security().equals(security)).toList();
    }
}
