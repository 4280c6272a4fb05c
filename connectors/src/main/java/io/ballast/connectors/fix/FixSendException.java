package io.ballast.connectors.fix;

/** A message could not be handed to its session: unknown session, not logged on, or nothing to refer to. */
public class FixSendException extends RuntimeException {
    public FixSendException(String message) {
        super(message);
    }
}
