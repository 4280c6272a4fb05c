package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Decimals;
import io.ballast.domain.ExecutionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A block's commission and its shares. Shares are differences of rounded running totals, so they add up to the cent
 * to the whole, whatever the rounding of each.
 */
final class Commissions {
    private Commissions() {
    }

    private record Charge(String execId, String execRefId, ExecutionType type, BigDecimal commission) {
    }

    /** The sum over the block's live fills: a bust takes its fill's commission back, a correction replaces it. */
    static BigDecimal ofBlock(Sql sql, long blockId) throws SQLException {
        Map<String, BigDecimal> live = new HashMap<>();
        for (Charge charge : sql.list("SELECT exec_id, exec_ref_id, exec_type, commission FROM execution"
                + " WHERE block_id = ? AND exec_type IN (?, ?, ?) ORDER BY id",
                rs -> new Charge(rs.getString(1), rs.getString(2), ExecutionType.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4)), blockId, ExecutionType.TRADE, ExecutionType.TRADE_CANCEL,
                ExecutionType.TRADE_CORRECT)) {
            switch (charge.type()) {
                case TRADE -> live.put(charge.execId(), charge.commission());
                case TRADE_CORRECT -> live.put(charge.execRefId(), charge.commission());
                default -> live.remove(charge.execRefId());
            }
        }
        return Decimals.money(live.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Each account's share of {@code commission} in proportion to its quantity, in the map's order; the shares add
     * up exactly to {@code commission}.
     */
    static Map<AccountId, BigDecimal> split(BigDecimal commission, Map<AccountId, BigDecimal> quantities) {
        BigDecimal total = quantities.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<AccountId, BigDecimal> shares = new LinkedHashMap<>();
        BigDecimal counted = BigDecimal.ZERO;
        BigDecimal given = BigDecimal.ZERO;
        for (Map.Entry<AccountId, BigDecimal> account : quantities.entrySet()) {
            counted = counted.add(account.getValue());
            BigDecimal share = upTo(commission, counted, total).subtract(given);
            shares.put(account.getKey(), share);
            given = given.add(share);
        }
        return shares;
    }

    /** The part of {@code commission} that {@code part} of {@code whole} carries, to the cent; zero of nothing. */
    static BigDecimal upTo(BigDecimal commission, BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Decimals.money(BigDecimal.ZERO);
        }
        return commission.multiply(part).divide(whole, Decimals.MONEY_SCALE, RoundingMode.HALF_EVEN);
    }
}
