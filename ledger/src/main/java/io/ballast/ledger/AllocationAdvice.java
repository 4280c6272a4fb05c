package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.BlockOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an allocation instruction (FIX 35=J) tells the counterparty about an allocated block, persisted under its
 * AllocID before it is sent.
 *
 * @param order    the block, under its original ClOrdID
 * @param accounts    each account's shares
 * @param commissions each account's share of the block's commission, in dollars
 */
public record AllocationAdvice(String allocId, BlockOrder order, LocalDate tradeDate, BigDecimal quantity,
        BigDecimal averagePrice, Map<AccountId, BigDecimal> accounts, Map<AccountId, BigDecimal> commissions) {
}
