package io.ballast.routes;

/** The broker destinations that carry work between the stages of the cycle, and the events they publish. */
public final class Queues {
    /** One event per custodian file loaded into the ledger. */
    public static final String POSITIONS_LOADED = "positions.loaded";
    /** One message per household to optimize; competing consumers, across agents. */
    public static final String REBALANCE_REQUESTS = "rebalance.requests";
    /** Turns the approved proposals of a trade date into block orders and sends them. */
    public static final String ORDERS_RELEASE = "orders.release";
    /**
     * On logon: asks the status of the orders in doubt, then sends the orders persisted while the FIX session was
     * down.
     */
    public static final String ORDERS_RESEND = "orders.resend";
    /** Every inbound execution report, persisted before it is processed. */
    public static final String FIX_EXECUTIONS = "fix.executions";
    /**
     * A topic: what each reconciliation found. A notice for whoever watches (consoles, alerting), not work for one
     * consumer; the report files and the ledger keep the record when nobody listens.
     */
    public static final String RECON_BREAKS = "recon.breaks";
    /** Every AllocationInstructionAck (35=P), persisted before it is recorded. */
    public static final String FIX_ALLOCATION_ACKS = "fix.allocation-acks";
    /** Every session, business and cancel reject, either way: the event traders watch, stored in the order book. */
    public static final String FIX_REJECTS = "fix.rejects";

    private Queues() {
    }

    /** A camel-jms endpoint that consumes or produces in a local JMS transaction, so a failure redelivers. */
    public static String jms(String queue) {
        return "jms:queue:" + queue + "?transacted=true";
    }

    /** A camel-jms endpoint that publishes to a topic. */
    public static String topic(String topic) {
        return "jms:topic:" + topic;
    }
}
