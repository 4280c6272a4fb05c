package io.ballast.connectors.custodian;

import io.ballast.domain.CustodianSnapshot;
import io.ballast.domain.ParseResult;
import java.io.InputStream;

/** A layout custodians deliver their book in, known by the name the configuration's {@code format:} gives. */
public interface CustodianFormat {
    String name();

    /**
     * Reads one delivered file (a single file or a set in one archive). Never throws on bad input: every bad row,
     * and every problem of the whole file (at line 0), comes back as a failure; the snapshot holds only the rows
     * that were read whole.
     */
    ParseResult<CustodianSnapshot> parse(String fileName, InputStream in, ParseContext context);
}
