package io.ballast.connectors.fix;

import io.ballast.domain.ExecutionReport;

/**
 * What the gateway hands on from its sessions, free of FIX types.
 *
 * <p>Contract: the callbacks run on QuickFIX/J's session thread, one at a time. A callback that returns has taken
 * responsibility for the message (persist it before returning). A callback that throws has not: the gateway logs
 * the exception and re-throws it, so QuickFIX/J does not advance the inbound sequence number and the counterparty
 * resends the message (after the next message reveals the gap). Throw only for a failure worth a retry, such as
 * the database being down; an execution the listener does not know is answered with
 * {@link FixGateway#dontKnowTrade}, not with an exception.
 */
public interface FixEventListener {
    /** An execution report (new, fill, cancel, reject, bust, correction...) for an order. */
    void onExecution(String session, ExecutionReport report);

    /** A reject received from the counterparty, or sent by the gateway to answer a message it could not accept. */
    void onReject(String session, FixReject reject);

    /**
     * The counterparty's answer (AllocationInstructionAck, 35=P) to an allocation instruction: accepted or not
     * (AllocStatus 87: 0 accepted, 3 received, else rejected), with its reason.
     */
    void onAllocationAck(String session, String allocId, boolean accepted, String text);

    /** A change of session state: "logon" or "logout". */
    void onSessionEvent(String session, String event);
}
