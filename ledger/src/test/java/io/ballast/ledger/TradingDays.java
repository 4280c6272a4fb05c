package io.ballast.ledger;

import static io.ballast.ledger.Fixtures.CLOCK;

import io.ballast.domain.AccountId;
import io.ballast.domain.BlockOrder;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotPick;
import io.ballast.domain.Proposal;
import io.ballast.domain.ProposedTrade;
import io.ballast.domain.SecurityId;
import io.ballast.domain.Side;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Drives a household's trades through the real book, a trade date at a time: propose, block, fill, allocate. */
final class TradingDays {
    private final DataSource dataSource;
    private final Transactions transactions;
    private final OrderBook book;
    private int batches;

    TradingDays(DataSource dataSource) {
        this.dataSource = dataSource;
        this.transactions = new Transactions(dataSource);
        this.book = new OrderBook(dataSource, CLOCK);
    }

    /** Trades on {@code date}, every block filled whole at {@code price}. */
    void trade(LocalDate date, HouseholdId household, String price, ProposedTrade... trades) {
        // a proposal belongs to an import batch, one per household: each trading day gets its own
        long batch = transactions.inTransaction("batch", sql -> sql.insert("INSERT INTO import_batch (custodian,"
                + " file_name, checksum, as_of, account_count, lot_count, break_count, loaded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "TEST", "day.csv", "day-" + ++batches, date, 0, 0, 0,
                CLOCK.instant()));
        new ProposalStore(dataSource, CLOCK).save(batch, new Proposal(household, date, List.of(trades),
                Fixtures.explanation()));
        for (BlockOrder block : book.createBlocks(date)) {
            book.apply(Fixtures.filled(block.clOrdId(), block.quantity(), price));
            book.allocate(block.clOrdId());
        }
    }

    /** A sale of the account's oldest lots first. */
    ProposedTrade sellOldest(AccountId account, SecurityId security, BigDecimal quantity) {
        List<LotPick> picks = new ArrayList<>();
        BigDecimal left = quantity;
        for (TaxLot lot : lots(account, security)) {
            BigDecimal take = left.min(lot.quantity());
            if (take.signum() > 0) {
                picks.add(new LotPick(lot.id(), take));
                left = left.subtract(take);
            }
        }
        return new ProposedTrade(account, security, Side.SELL, quantity, picks);
    }

    List<TaxLot> lots(AccountId account, SecurityId security) {
        return transactions.inTransaction("lots", sql -> TaxLots.held(sql, account, security));
    }

    <T> List<T> query(String select, Sql.Row<T> row, Object... params) {
        return transactions.inTransaction("query", sql -> sql.list(select, row, params));
    }
}
