package io.ballast.agent.config;

import io.ballast.ledger.ReconTolerances;
import io.ballast.ledger.SettlementCalendar;
import java.nio.file.Path;

/**
 * How custodian files are reconciled.
 *
 * @param reportDirectory absolute; where the break reports go, one folder per as-of date
 */
public record ReconciliationSettings(ReconTolerances tolerances, SettlementCalendar settlement, Path reportDirectory) {
}
