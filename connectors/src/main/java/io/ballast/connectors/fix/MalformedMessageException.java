package io.ballast.connectors.fix;

/** An inbound application message the gateway cannot read, with the BusinessRejectReason (380) to answer it. */
final class MalformedMessageException extends Exception {
    private final int businessRejectReason;

    MalformedMessageException(String message, int businessRejectReason) {
        super(message);
        this.businessRejectReason = businessRejectReason;
    }

    int businessRejectReason() {
        return businessRejectReason;
    }
}
