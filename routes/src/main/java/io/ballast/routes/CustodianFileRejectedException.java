package io.ballast.routes;

import io.ballast.domain.ParseFailure;
import java.util.List;
import java.util.stream.Collectors;

/** A custodian file that will not be loaded, with every reason. The file is moved aside; nothing of it is loaded. */
public class CustodianFileRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CustodianFileRejectedException(String file, List<ParseFailure> failures) {
        super("custodian file " + file + " rejected, " + failures.size() + " problem(s):\n"
                + failures.stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
    }
}
