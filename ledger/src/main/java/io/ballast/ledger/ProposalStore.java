package io.ballast.ledger;

import io.ballast.domain.Decimals;
import io.ballast.domain.AccountId;
import io.ballast.domain.Explanation;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.Require;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the optimizer's proposals, one per household and batch, with their trades and lot picks. */
public final class ProposalStore {
    /** Every stored trade is approved: the approval policy decides before a proposal is saved. */
    static final String APPROVED = "APPROVED";
    /** A trade of a what-if proposal: stored to be looked at, never claimed into a block order. */
    static final String WHAT_IF = "WHAT_IF";
    /** A trade claimed into a block order. */
    static final String BLOCKED = "BLOCKED";
    private static final Logger LOG = LoggerFactory.getLogger(ProposalStore.class);

    private final Transactions transactions;
    private final Clock clock;

    public ProposalStore(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = Require.present(clock, "clock");
    }

    /**
     * Stores a proposal for the batch and returns its id. Saving a household's proposal for a batch again (a
     * redelivered request) keeps the first one and returns its id, so its trades are never ordered twice.
     */
    public long save(long batchId, Proposal proposal) {
        return save(batchId, proposal, APPROVED);
    }

    /** Stores a what-if proposal like {@link #save}, with trades that are never ordered. */
    public long saveWhatIf(long batchId, Proposal proposal) {
        return save(batchId, proposal, WHAT_IF);
    }

    private long save(long batchId, Proposal proposal, String tradeStatus) {
        Require.present(proposal, "proposal");
        return transactions.inTransaction("Saving the proposal of " + proposal.household(), sql -> {
            Optional<Long> existing = sql.first("SELECT id FROM proposal WHERE batch_id = ? AND household_id = ?",
                    rs -> rs.getLong(1), batchId, proposal.household());
            if (existing.isPresent()) {
                LOG.info("Household {} already has proposal {} for batch {}; keeping it", proposal.household(),
                        existing.get(), batchId);
                return existing.get();
            }
            Explanation why = proposal.explanation();
            long id = sql.insert("INSERT INTO proposal (batch_id, household_id, trade_date, drift_before, drift_after,"
                    + " tracking_error_before, tracking_error_after, realized_short, realized_long, estimated_tax,"
                    + " losses_harvested, gains_deferred, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batchId, proposal.household(), proposal.tradeDate(), why.driftBefore(), why.driftAfter(),
                    why.trackingErrorBefore(), why.trackingErrorAfter(), Decimals.money(why.realizedShortTerm()),
                    Decimals.money(why.realizedLongTerm()), Decimals.money(why.estimatedTax()),
                    Decimals.money(why.lossesHarvested()), Decimals.money(why.gainsDeferred()), clock.instant());
            for (int i = 0; i < why.notes().size(); i++) {
                sql.update("INSERT INTO proposal_note (proposal_id, position, note) VALUES (?, ?, ?)", id, i,
                        why.notes().get(i));
            }
            for (int i = 0; i < proposal.trades().size(); i++) {
                insertTrade(sql, id, i, proposal.trades().get(i), tradeStatus);
            }
            LOG.info("Saved proposal {} of household {} for batch {} with {} trades", id, proposal.household(),
                    batchId, proposal.trades().size());
            return id;
        });
    }

    private static void insertTrade(Sql sql, long proposalId, int position, ProposedTrade trade, String status)
            throws SQLException {
        long tradeId = sql.insert("INSERT INTO proposed_trade (proposal_id, position, account_id, security_id, side,"
                + " quantity, status) VALUES (?, ?, ?, ?, ?, ?, ?)", proposalId, position, trade.account(),
                trade.security(), trade.side(), trade.quantity(), status);
        for (int i = 0; i < trade.lots().size(); i++) {
            LotPick pick = trade.lots().get(i);
            sql.update("INSERT INTO lot_pick (trade_id, position, lot_id, quantity) VALUES (?, ?, ?, ?)", tradeId, i,
                    pick.lot(), pick.quantity());
        }
    }

    public int countForBatch(long batchId) {
        return transactions.inTransaction("Counting the proposals of batch " + batchId,
                sql -> sql.first("SELECT COUNT(*) FROM proposal WHERE batch_id = ?", rs -> rs.getInt(1), batchId)
                        .orElseThrow());
    }

    /** Whether every household of the batch has its proposal for the batch. */
    public boolean allProposed(long batchId) {
        return transactions.inTransaction("Checking the proposals of batch " + batchId, sql -> sql.first(
                "SELECT COUNT(*) FROM (SELECT DISTINCT a.household_id FROM batch_account b"
                        + " JOIN account a ON a.id = b.account_id WHERE b.batch_id = ?) h"
                        + " WHERE NOT EXISTS (SELECT 1 FROM proposal p WHERE p.batch_id = ?"
                        + " AND p.household_id = h.household_id)", rs -> rs.getInt(1), batchId, batchId)
                .orElseThrow() == 0);
    }

    /** The batch's proposals, by household. */
    public List<Proposal> proposalsOfBatch(long batchId) {
        return transactions.inTransaction("Reading the proposals of batch " + batchId, sql -> {
            List<Proposal> proposals = new ArrayList<>();
            for (StoredProposal stored : sql.list("SELECT * FROM proposal WHERE batch_id = ? ORDER BY household_id",
                    rs -> new StoredProposal(rs.getLong("id"), new Proposal(HouseholdId.of(rs.getString("household_id")),
                            Sql.date(rs, "trade_date"), List.of(), new Explanation(
                                    Numbers.plain(rs.getBigDecimal("drift_before")),
                                    Numbers.plain(rs.getBigDecimal("drift_after")),
                                    Numbers.plain(rs.getBigDecimal("tracking_error_before")),
                                    Numbers.plain(rs.getBigDecimal("tracking_error_after")),
                                    Decimals.money(rs.getBigDecimal("realized_short")),
                                    Decimals.money(rs.getBigDecimal("realized_long")),
                                    Decimals.money(rs.getBigDecimal("estimated_tax")),
                                    Decimals.money(rs.getBigDecimal("losses_harvested")),
                                    Decimals.money(rs.getBigDecimal("gains_deferred")), List.of()))), batchId)) {
                proposals.add(complete(sql, stored));
            }
            return proposals;
        });
    }

    private record StoredProposal(long id, Proposal header) {
    }

    private record TradeRow(long id, AccountId account, SecurityId security, Side side, BigDecimal quantity) {
    }

    private static Proposal complete(Sql sql, StoredProposal stored) throws SQLException {
        List<String> notes = sql.list("SELECT note FROM proposal_note WHERE proposal_id = ? ORDER BY position",
                rs -> rs.getString(1), stored.id());
        List<ProposedTrade> trades = new ArrayList<>();
        for (TradeRow row : sql.list("SELECT id, account_id, security_id, side, quantity FROM proposed_trade"
                + " WHERE proposal_id = ? ORDER BY position", rs -> new TradeRow(rs.getLong("id"),
                        AccountId.of(rs.getString("account_id")), SecurityId.of(rs.getString("security_id")),
                        Side.valueOf(rs.getString("side")), Numbers.plain(rs.getBigDecimal("quantity"))), stored.id())) {
            trades.add(new ProposedTrade(row.account(), row.security(), row.side(), row.quantity(),
                    picks(sql, row.id())));
        }
        Proposal header = stored.header();
        Explanation why = header.explanation();
        return new Proposal(header.household(), header.tradeDate(), trades, new Explanation(why.driftBefore(),
                why.driftAfter(), why.trackingErrorBefore(), why.trackingErrorAfter(), why.realizedShortTerm(),
                why.realizedLongTerm(), why.estimatedTax(), why.lossesHarvested(), why.gainsDeferred(), notes));
    }

    static List<LotPick> picks(Sql sql, long tradeId) throws SQLException {
        return sql.list("SELECT lot_id, quantity FROM lot_pick WHERE trade_id = ? ORDER BY position",
                rs -> new LotPick(LotId.of(rs.getString("lot_id")), Numbers.plain(rs.getBigDecimal("quantity"))),
                tradeId);
    }
}
