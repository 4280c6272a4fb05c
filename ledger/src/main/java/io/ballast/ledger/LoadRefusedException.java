package io.ballast.ledger;

/** A custodian file the ledger will not load, such as one older than what the ledger already holds. */
public class LoadRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LoadRefusedException(String message) {
        super(message);
    }
}
