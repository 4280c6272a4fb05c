package io.ballast.ledger;

import java.time.LocalDate;

/**
 * A custodian file the ledger loaded: what it delivered and how many reconciliation breaks it showed (errors only;
 * timing differences are not counted).
 */
public record ImportBatch(long id, String custodian, String fileName, LocalDate asOf, int accounts, int lots,
        int households, int breaks) {
}
