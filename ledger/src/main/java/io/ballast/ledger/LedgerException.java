package io.ballast.ledger;

/** A failure of the book of record that callers cannot fix by changing their arguments (mostly database errors). */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
