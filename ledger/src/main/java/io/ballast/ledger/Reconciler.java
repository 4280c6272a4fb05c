package io.ballast.ledger;

import io.ballast.domain.BreakType;
import io.ballast.domain.ReconBreak;
import io.ballast.domain.SecurityId;
import io.ballast.domain.TaxLot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the book the ledger expects for an account with the one its custodian reports: each position, then the
 * lots of each position that matches (shares and basis per acquisition date), then cash. A position or cash
 * difference that the ledger's unsettled trades explain exactly is a timing break, not an error: the custodian has
 * not booked them yet.
 */
public final class Reconciler {
    private final ReconTolerances tolerances;

    public Reconciler(ReconTolerances tolerances) {
        this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
    }

    /** The breaks of one account, by security, then cash. A zero position counts as no position. */
    public List<ReconBreak> reconcile(AccountBook expected, AccountBook actual, List<UnsettledTrade> unsettled) {
        if (!expected.account().equals(actual.account())) {
            throw new IllegalArgumentException("cannot reconcile account " + expected.account() + " against "
                    + actual.account());
        }
        List<ReconBreak> breaks = new ArrayList<>();
        Map<SecurityId, BigDecimal> ledgerPositions = expected.positions();
        Map<SecurityId, BigDecimal> custodianPositions = actual.positions();
        Set<SecurityId> securities = new TreeSet<>(ledgerPositions.keySet());
        securities.addAll(custodianPositions.keySet());
        for (SecurityId security : securities) {
            List<UnsettledTrade> pending = unsettled.stream().filter(t -> t.security().equals(security)).toList();
            breaks.addAll(position(expected, actual, security, ledgerPositions.getOrDefault(security, BigDecimal.ZERO),
                    custodianPositions.getOrDefault(security, BigDecimal.ZERO), pending));
        }
        cash(expected, actual, unsettled).ifPresent(breaks::add);
        return breaks;
    }

    private List<ReconBreak> position(AccountBook expected, AccountBook actual, SecurityId security,
            BigDecimal ledger, BigDecimal custodian, List<UnsettledTrade> pending) {
        if (tolerances.quantityMatches(ledger, custodian)) {
            return lots(expected, actual, security);
        }
        BigDecimal booked = pending.stream().map(UnsettledTrade::sharesBooked).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!pending.isEmpty() && tolerances.quantityMatches(ledger.subtract(booked), custodian)) {
            return List.of(found(expected, security, BreakType.TIMING, ledger, custodian,
                    describe(pending)));
        }
        BreakType type = custodian.signum() == 0 ? BreakType.MISSING_AT_CUSTODIAN
                : ledger.signum() == 0 ? BreakType.MISSING_IN_LEDGER : BreakType.QUANTITY;
        return List.of(found(expected, security, type, ledger, custodian, ""));
    }

    /** Shares and basis per acquisition date: lot ids differ between the books, the dates and amounts must not. */
    private List<ReconBreak> lots(AccountBook expected, AccountBook actual, SecurityId security) {
        Map<LocalDate, Holding> ledger = byAcquisition(expected.lotsOf(security));
        Map<LocalDate, Holding> custodian = byAcquisition(actual.lotsOf(security));
        Set<LocalDate> dates = new TreeSet<>(ledger.keySet());
        dates.addAll(custodian.keySet());
        List<ReconBreak> breaks = new ArrayList<>();
        for (LocalDate acquired : dates) {
            Holding mine = ledger.getOrDefault(acquired, Holding.NONE);
            Holding theirs = custodian.getOrDefault(acquired, Holding.NONE);
            if (!tolerances.quantityMatches(mine.shares, theirs.shares)) {
                breaks.add(found(expected, security, BreakType.LOT_DATE, mine.shares,
                        theirs.shares, "shares acquired " + acquired));
            } else if (!tolerances.basisMatches(mine.basis, theirs.basis)) {
                breaks.add(found(expected, security, BreakType.LOT_BASIS, mine.basis,
                        theirs.basis, "cost basis of the shares acquired " + acquired));
            }
        }
        return breaks;
    }

    private Optional<ReconBreak> cash(AccountBook expected, AccountBook actual,
            List<UnsettledTrade> unsettled) {
        if (tolerances.cashMatches(expected.cash(), actual.cash())) {
            return Optional.empty();
        }
        BigDecimal booked = unsettled.stream().map(UnsettledTrade::cashBooked).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!unsettled.isEmpty() && tolerances.cashMatches(expected.cash().subtract(booked), actual.cash())) {
            return Optional.of(found(expected, null, BreakType.TIMING, expected.cash(),
                    actual.cash(), describe(unsettled)));
        }
        return Optional.of(found(expected, null, BreakType.CASH, expected.cash(),
                actual.cash(), ""));
    }

    /** Amounts in their plain form, as the ledger stores and reads them back. */
    private static ReconBreak found(AccountBook book, SecurityId security, BreakType type, BigDecimal expected,
            BigDecimal actual, String detail) {
        return new ReconBreak(book.account(), security, type, Numbers.plain(expected), Numbers.plain(actual), detail);
    }

    private static Map<LocalDate, Holding> byAcquisition(List<TaxLot> lots) {
        Map<LocalDate, Holding> holdings = new TreeMap<>();
        lots.forEach(lot -> holdings.merge(lot.acquired(), new Holding(lot.quantity(), lot.costBasis()), Holding::plus));
        return holdings;
    }

    private static String describe(List<UnsettledTrade> pending) {
        return "unsettled: " + pending.stream().map(UnsettledTrade::describe).collect(Collectors.joining("; "));
    }

    private record Holding(BigDecimal shares, BigDecimal basis) {
        static final Holding NONE = new Holding(BigDecimal.ZERO, BigDecimal.ZERO);

        Holding plus(Holding other) {
            return new Holding(shares.add(other.shares), basis.add(other.basis));
        }
    }
}
