package io.ballast.domain;

/**
 * A security of the security master: the firm's symbol ({@code id}) and the custodians' identifiers. {@code cusip}
 * and {@code isin} may be null where the custodian gives none.
 */
public record Security(SecurityId id, String cusip, String isin, String name, String assetClass) {
    public Security {
        Require.present(id, "security id");
        Require.text(name, "name of security " + id);
        Require.text(assetClass, "asset class of security " + id);
    }

    public Security(SecurityId id, String cusip, String name, String assetClass) {
        this(id, cusip, null, name, assetClass);
    }
}
