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
        Map<String, BigDecimal> prices, List<RecentTradeEntry> recentTrades, RiskModelFile riskModel,
        Map<String, SecurityEntry> securities) {

    /** A model over securities ({@code targets}) or over asset classes ({@code sleeves}). */
    record ModelEntry(String id, Map<String, BigDecimal> targets, List<SleeveEntry> sleeves) {
    }

    record SleeveEntry(String name, BigDecimal weight, Map<String, BigDecimal> securities) {
    }

    /** What the security master says of a security: asset class and tags, both optional. */
    record SecurityEntry(String assetClass, List<String> tags) {
    }

    record AccountEntry(String id, AccountType type, String custodian, BigDecimal cash, List<LotEntry> lots) {
    }

    record LotEntry(String id, String security, BigDecimal quantity, BigDecimal costBasis, LocalDate acquired) {
    }

    record RecentTradeEntry(String account, String security, Side side, LocalDate tradeDate, BigDecimal quantity,
            BigDecimal realizedGain) {
    }
}
