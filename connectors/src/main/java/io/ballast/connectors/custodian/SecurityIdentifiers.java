package io.ballast.connectors.custodian;

import io.ballast.domain.SecurityIdentifier.Scheme;
import java.util.regex.Pattern;

/** Checks a security identifier before anything resolves it: check digits for CUSIP and ISIN, shape for tickers. */
public final class SecurityIdentifiers {
    // One to six letters, optionally a class suffix after a dot or slash (BRK.B, BF/B); digits for some funds.
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9]{1,6}([./][A-Z0-9]{1,2})?");

    private SecurityIdentifiers() {
    }

    /** Why the value is not a valid identifier of that scheme, or null when it is. */
    public static String problem(Scheme scheme, String value) {
        return switch (scheme) {
            case CUSIP -> CusipCheck.isValid(value) ? null
                    : "'" + value + "' is not a valid CUSIP (nine characters with a correct check digit)";
            case ISIN -> IsinCheck.isValid(value) ? null
                    : "'" + value + "' is not a valid ISIN (twelve characters with a correct check digit)";
            case TICKER -> TICKER.matcher(value).matches() ? null
                    : "'" + value + "' is not a ticker (1-6 capital letters or digits, optional class suffix)";
        };
    }
}
