package io.ballast.agent.optimize;

import io.ballast.domain.AccountType;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A household snapshot as written in a what-if file (docs/optimize-files.md): ids are plain strings, lots sit in
 * their account. Fields are null where the file leaves them out; {@link SnapshotBinding} says which are required.
 */
record SnapshotFile(String household, LocalDate tradeDate, ModelEntry model, List<AccountEntry> accounts,
        Map<String, BigDecimal> prices, List<RecentTradeEntry> recentTrades, RiskModelFile riskModel) {

    record ModelEntry(String id, Map<String, BigDecimal> targets) {
    }

    record AccountEntry(String id, AccountType type, String custodian, BigDecimal cash, List<LotEntry> lots) {
    }

    record LotEntry(String id, String security, BigDecimal quantity, BigDecimal costBasis, LocalDate acquired) {
    }

    record RecentTradeEntry(String account, String security, Side side, LocalDate tradeDate, BigDecimal quantity,
            BigDecimal realizedGain) {
    }
}
