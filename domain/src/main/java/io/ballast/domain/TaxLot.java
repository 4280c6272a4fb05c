package io.ballast.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Shares of one security bought in one account on one day, at a total cost basis. */
public record TaxLot(LotId id, AccountId account, SecurityId security, BigDecimal quantity, BigDecimal costBasis,
        LocalDate acquired) {
    public TaxLot {
        Require.present(id, "lot id");
        if (account == null || security == null || quantity == null || quantity.signum() <= 0 || costBasis == null
                || costBasis.signum() < 0 || acquired == null) {
            // the messages name the lot: built only when a check fails, as millions of lots are made per load
            checkNaming(id, account, security, quantity, costBasis, acquired);
        }
    }

    private static void checkNaming(LotId id, AccountId account, SecurityId security, BigDecimal quantity,
            BigDecimal costBasis, LocalDate acquired) {
        Require.present(account, "account of lot " + id);
        Require.present(security, "security of lot " + id);
        Require.positive(quantity, "quantity of lot " + id);
        Require.nonNegative(costBasis, "cost basis of lot " + id);
        Require.present(acquired, "acquisition date of lot " + id);
    }

    /**
     * Long term when held more than one year: the holding period starts the day after acquisition, so a lot
     * bought on 2025-03-10 is long term when sold on 2026-03-11 or later.
     */
    public HoldingTerm term(LocalDate saleDate) {
        return saleDate.isAfter(acquired.plusYears(1)) ? HoldingTerm.LONG : HoldingTerm.SHORT;
    }

    /** The cost basis of {@code shares} of this lot, pro rata to the cent; all of it for the whole lot. */
    public BigDecimal basisOf(BigDecimal shares) {
        return shares.compareTo(quantity) == 0 ? costBasis
                : Decimals.money(costBasis.multiply(shares).divide(quantity, Decimals.PRICE));
    }

    public BigDecimal basisPerShare() {
        return costBasis.divide(quantity, Decimals.PRICE);
    }
}
