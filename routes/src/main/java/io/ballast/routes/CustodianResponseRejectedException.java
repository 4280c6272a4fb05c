package io.ballast.routes;

import io.ballast.domain.ParseFailure;
import java.util.List;
import java.util.stream.Collectors;

/** What a custodian's API served cannot be loaded, with every reason. Nothing of the fetch is loaded. */
public class CustodianResponseRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CustodianResponseRejectedException(String reason) {
        super(reason);
    }

    public CustodianResponseRejectedException(String custodian, List<ParseFailure> failures) {
        this("the book served by custodian " + custodian + "'s API is rejected, " + failures.size()
                + " problem(s):\n" + failures.stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
    }
}
