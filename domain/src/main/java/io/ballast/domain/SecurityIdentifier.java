package io.ballast.domain;

/** One identifier a custodian uses for a security: a CUSIP, an ISIN or a ticker. */
public record SecurityIdentifier(Scheme scheme, String value) {
    public enum Scheme {
        CUSIP,
        ISIN,
        TICKER
    }

    public SecurityIdentifier {
        Require.present(scheme, "identifier scheme");
        Require.text(value, "security identifier");
    }

    @Override
    public String toString() {
        return scheme + " " + value;
    }
}
