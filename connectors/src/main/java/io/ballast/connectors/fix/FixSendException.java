package io.ballast.connectors.fix;

/**
 * A message could not be handed to its session: unknown session, not logged on, or nothing to refer to. When
 * {@link #mayHaveGone()} is true the session stored the message before it failed to write it, so the counterparty
 * may still receive it (on a resend request): its fate is unknown, and the sender must ask, not send again.
 */
public class FixSendException extends RuntimeException {
    private final boolean mayHaveGone;

    public FixSendException(String message) {
        this(message, false);
    }

    public FixSendException(String message, boolean mayHaveGone) {
        super(message);
        this.mayHaveGone = mayHaveGone;
    }

    public boolean mayHaveGone() {
        return mayHaveGone;
    }
}
