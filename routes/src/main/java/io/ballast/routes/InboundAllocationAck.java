package io.ballast.routes;

/** A counterparty's AllocationInstructionAck (35=P), queued before it is recorded. */
public record InboundAllocationAck(String session, String allocId, boolean accepted, String text) {
}
