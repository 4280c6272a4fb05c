package io.ballast.domain;

/** How an account is taxed: trades in anything but a taxable account realise no tax. */
public enum AccountType {
    TAXABLE,
    TRADITIONAL_IRA,
    ROTH_IRA,
    TAX_EXEMPT;

    public boolean isTaxable() {
        return this == TAXABLE;
    }
}
