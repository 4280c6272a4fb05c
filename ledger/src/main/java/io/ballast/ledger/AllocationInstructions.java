package io.ballast.ledger;

import io.ballast.domain.AccountId;
import io.ballast.domain.Allocation;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.Require;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The allocation instructions (FIX 35=J) that advise the counterparty of allocated blocks: each persisted under its
 * AllocID before it is sent, with the message sent and the counterparty's answer (35=P).
 */
public final class AllocationInstructions {
    private final Transactions transactions;
    private final Clock clock;

    public AllocationInstructions(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = Require.present(clock, "clock");
    }

    /**
     * Persists the allocation instruction of an allocated block under a new AllocID, before it is sent; empty when
     * the block allocated nothing.
     *
     * @throws IllegalStateException when the block is not allocated
     */
    public Optional<AllocationAdvice> request(ClOrdId clOrdId) {
        return transactions.inTransaction("Advising the allocation of " + clOrdId, sql -> {
            BlockRow block = BlockRow.resolveExisting(sql, clOrdId);
            if (!block.allocated()) {
                throw new IllegalStateException("block " + clOrdId + " is not allocated");
            }
            List<Allocation> allocations = FillAllocation.allocations(sql, block);
            if (allocations.isEmpty()) {
                return Optional.empty();
            }
            int earlier = sql.first("SELECT COUNT(*) FROM allocation_instruction WHERE block_id = ?",
                    rs -> rs.getInt(1), block.id()).orElseThrow();
            String allocId = "ALLOC-" + block.order().clOrdId() + "-" + (earlier + 1);
            sql.update("INSERT INTO allocation_instruction (alloc_id, block_id, status, created_at)"
                    + " VALUES (?, ?, ?, ?)", allocId, block.id(), "REQUESTED", clock.instant());
            Map<AccountId, BigDecimal> accounts = new TreeMap<>();
            Map<AccountId, BigDecimal> commissions = new TreeMap<>();
            for (Allocation allocation : allocations) {
                accounts.put(allocation.account(), allocation.quantity());
                commissions.put(allocation.account(), allocation.commission());
            }
            return Optional.of(new AllocationAdvice(allocId, block.order(), block.tradeDate(), block.cumQty(),
                    block.avgPx(), accounts, commissions));
        });
    }

    /** Records the allocation instruction's message as sent. */
    public void markSent(String allocId, String fixMessage) {
        transactions.inTransaction("Recording allocation " + allocId + " sent", sql -> sql.update(
                "UPDATE allocation_instruction SET fix_message = ? WHERE alloc_id = ?", fixMessage, allocId));
    }

    /** Records the counterparty's answer to an allocation instruction; false for an AllocID the book never sent. */
    public boolean answered(String allocId, boolean accepted, String text) {
        return transactions.inTransaction("Recording the answer to allocation " + allocId, sql -> sql.update(
                "UPDATE allocation_instruction SET status = ?, text = ?, answered_at = ? WHERE alloc_id = ?",
                accepted ? "ACCEPTED" : "REJECTED", text, clock.instant(), allocId) == 1);
    }

    /** The status of an allocation instruction: REQUESTED, ACCEPTED or REJECTED; empty for an unknown AllocID. */
    public Optional<String> status(String allocId) {
        return transactions.inTransaction("Reading allocation " + allocId, sql -> sql.first(
                "SELECT status FROM allocation_instruction WHERE alloc_id = ?", rs -> rs.getString(1), allocId));
    }
}
