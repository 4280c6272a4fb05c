package io.ballast.ledger;

import io.ballast.domain.Decimals;
import io.ballast.domain.AccountId;
import io.ballast.domain.LotId;
import io.ballast.domain.SecurityId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One match of a wash sale: {@code quantity} loss shares of a realised lot and the replacement shares that absorbed
 * them. {@code disallowedLoss} is positive; a permanent one (replacement in an IRA or Roth) moved no basis.
 */
public record WashSale(long realizedLotId, AccountId lossAccount, LotId lossLot, SecurityId security,
        LocalDate saleDate, AccountId replacementAccount, LotId replacementLot, LocalDate purchaseDate,
        BigDecimal quantity, BigDecimal disallowedLoss, boolean permanent) {

    /** What the match added to the replacement lot's cost basis. */
    public BigDecimal basisAdded() {
        return permanent ? Decimals.money(BigDecimal.ZERO) : disallowedLoss;
    }
}
