package io.ballast.ledger;

import io.ballast.domain.Decimals;
import io.ballast.domain.AccountId;
import io.ballast.domain.AccountType;
import io.ballast.domain.HouseholdId;
import io.ballast.domain.LotId;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies IRC §1091 inside an allocation: matches a household's loss sales with replacement shares of the same
 * security bought within 30 days before or after them in any of its accounts, first loss shares with earliest
 * replacement shares, each replacement share absorbing at most one loss share. The matched part of the loss is
 * disallowed on the realised lot; a taxable replacement lot takes it into its basis and inherits the loss lot's
 * holding period, while an IRA or Roth replacement loses it for good (Rev. Rul. 2008-5).
 */
final class WashSaleMatcher {
    static final int WINDOW_DAYS = 30;
    /** Joins a replacement lot split off for a wash sale to the id of the lot it came from. */
    static final String SPLIT_MARK = "-W";

    private WashSaleMatcher() {
    }

    private record Loss(long id, LotId lot, LocalDate acquired, LocalDate saleDate, BigDecimal quantity,
            BigDecimal loss, BigDecimal matched, BigDecimal disallowed) {
        BigDecimal unmatched() {
            return quantity.subtract(matched);
        }
    }

    /**
     * Locks the households of the accounts, in id order so that two allocations cannot deadlock, and returns them: two
     * allocations in one household must not match the same shares.
     */
    static List<HouseholdId> lockHouseholds(Sql sql, List<AccountId> accounts) throws SQLException {
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<HouseholdId> households = sql.list("SELECT DISTINCT household_id FROM account WHERE id IN ("
                + Sql.placeholders(accounts.size()) + ") ORDER BY household_id", rs -> HouseholdId.of(rs.getString(1)),
                accounts.toArray());
        for (HouseholdId household : households) {
            sql.first("SELECT id FROM household WHERE id = ? FOR UPDATE", rs -> rs.getString(1), household);
        }
        return households;
    }

    /**
     * Matches every loss sale of the security within the window of {@code tradeDate} that still has unmatched shares:
     * the trades of that day are the only ones that can have made new matches.
     */
    static void match(Sql sql, HouseholdId household, SecurityId security, LocalDate tradeDate) throws SQLException {
        List<Loss> losses = losses(sql, household, security, tradeDate);
        if (losses.isEmpty()) {
            return;
        }
        Map<AccountId, AccountType> types = new HashMap<>();
        sql.list("SELECT id, account_type FROM account WHERE household_id = ?", rs -> types.put(
                AccountId.of(rs.getString("id")), AccountType.valueOf(rs.getString("account_type"))), household);
        Set<LotId> replacements = new HashSet<>(sql.list("SELECT w.replacement_lot_id FROM wash_sale w"
                + " JOIN account a ON a.id = w.replacement_account_id WHERE a.household_id = ?",
                rs -> LotId.of(rs.getString(1)), household));
        for (Loss loss : losses) {
            Loss left = loss;
            for (TaxLot lot : TaxLots.ofHousehold(sql, household, security, loss.saleDate().minusDays(WINDOW_DAYS),
                    loss.saleDate().plusDays(WINDOW_DAYS))) {
                // the unsold rest of the loss lot is the same purchase, not a replacement of it
                if (left.unmatched().signum() > 0 && !lot.id().equals(loss.lot()) && !replacements.contains(lot.id())) {
                    BigDecimal shares = left.unmatched().min(lot.quantity());
                    replacements.add(washInto(sql, left, lot, shares, !types.get(lot.account()).isTaxable()));
                    left = absorbed(sql, left, shares);
                }
            }
        }
    }

    /** Taxable accounts' loss pieces of the security sold within the window of the trade date, oldest sale first. */
    private static List<Loss> losses(Sql sql, HouseholdId household, SecurityId security, LocalDate tradeDate)
            throws SQLException {
        return sql.list("SELECT r.id, r.lot_id, r.acquired, r.trade_date, r.quantity, r.gain, r.disallowed_loss,"
                + " (SELECT COALESCE(SUM(w.quantity), 0) FROM wash_sale w WHERE w.realized_lot_id = r.id) AS matched"
                + " FROM realized_lot r JOIN account a ON a.id = r.account_id WHERE a.household_id = ?"
                + " AND a.account_type = ? AND r.security_id = ? AND r.gain < 0 AND r.trade_date BETWEEN ? AND ?"
                + " ORDER BY r.trade_date, r.id", rs -> new Loss(rs.getLong("id"), LotId.of(rs.getString("lot_id")),
                        Sql.date(rs, "acquired"), Sql.date(rs, "trade_date"),
                        Numbers.plain(rs.getBigDecimal("quantity")), rs.getBigDecimal("gain").negate(),
                        Numbers.plain(rs.getBigDecimal("matched")), Decimals.money(rs.getBigDecimal("disallowed_loss"))),
                household, AccountType.TAXABLE, security, tradeDate.minusDays(WINDOW_DAYS),
                tradeDate.plusDays(WINDOW_DAYS)).stream().filter(loss -> loss.unmatched().signum() > 0).toList();
    }

    /**
     * Makes {@code shares} of the lot the replacement of the loss, split off into their own lot when the lot has more,
     * and records the match; returns the replacement lot's id.
     */
    private static LotId washInto(Sql sql, Loss loss, TaxLot lot, BigDecimal shares, boolean permanent)
            throws SQLException {
        TaxLot replacement = lot;
        if (shares.compareTo(lot.quantity()) < 0) {
            BigDecimal basis = lot.basisOf(shares);
            replacement = new TaxLot(LotId.of(lot.id().value() + SPLIT_MARK + loss.id()), lot.account(), lot.security(),
                    shares, basis, lot.acquired());
            TaxLots.update(sql, new TaxLot(lot.id(), lot.account(), lot.security(), lot.quantity().subtract(shares),
                    lot.costBasis().subtract(basis), lot.acquired()));
            TaxLots.insert(sql, replacement);
        }
        BigDecimal disallowed = disallowedFor(loss, shares);
        if (!permanent) {
            long held = ChronoUnit.DAYS.between(loss.acquired(), loss.saleDate());
            TaxLots.update(sql, new TaxLot(replacement.id(), replacement.account(), replacement.security(),
                    replacement.quantity(), replacement.costBasis().add(disallowed),
                    replacement.acquired().minusDays(held)));
        }
        sql.update("INSERT INTO wash_sale (realized_lot_id, replacement_lot_id, replacement_account_id, quantity,"
                + " disallowed_loss, permanent, sale_date, purchase_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", loss.id(),
                replacement.id(), replacement.account(), shares, disallowed, permanent, loss.saleDate(),
                lot.acquired());
        return replacement.id();
    }

    /**
     * The loss of {@code shares} more matched shares: the difference of the cumulative disallowed amounts, so that
     * the cents of all matches of a loss add up to the whole loss and never exceed it.
     */
    private static BigDecimal disallowedFor(Loss loss, BigDecimal shares) {
        return cumulative(loss, loss.matched().add(shares)).subtract(loss.disallowed());
    }

    private static BigDecimal cumulative(Loss loss, BigDecimal matched) {
        return loss.loss().multiply(matched).divide(loss.quantity(), 2, RoundingMode.HALF_EVEN);
    }

    private static Loss absorbed(Sql sql, Loss loss, BigDecimal shares) throws SQLException {
        BigDecimal matched = loss.matched().add(shares);
        BigDecimal disallowed = cumulative(loss, matched);
        sql.update("UPDATE realized_lot SET disallowed_loss = ? WHERE id = ?", disallowed, loss.id());
        return new Loss(loss.id(), loss.lot(), loss.acquired(), loss.saleDate(), loss.quantity(), loss.loss(), matched,
                disallowed);
    }
}
