package io.ballast.routes;

import io.ballast.domain.ExecutionReport;

/** An execution report as received on a FIX session, queued before it is processed. */
public record InboundExecution(String session, ExecutionReport report) {
}
