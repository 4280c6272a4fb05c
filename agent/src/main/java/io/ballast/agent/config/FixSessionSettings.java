package io.ballast.agent.config;

import io.ballast.domain.OrderType;
import io.ballast.domain.TimeInForce;
import io.ballast.ledger.OrderTerms;
import java.math.BigDecimal;

/**
 * One FIX initiator session.
 *
 * @param beginString {@code FIX.4.2} or {@code FIX.4.4}
 * @param store {@code database} (the ledger's tables) or {@code file} (under the data directory)
 * @param orderType {@code market} or {@code limit}
 * @param timeInForce {@code day}, {@code gtc}, {@code ioc} or {@code fok}
 * @param preAllocate orders carry their accounts' shares (NoAllocs)
 * @param allocationInstructions allocated blocks are advised with an AllocationInstruction (35=J)
 */
public record FixSessionSettings(String name, String beginString, String senderCompId, String targetCompId,
        String host, int port, int heartbeatSeconds, boolean resetOnLogon, int reconnectSeconds,
        String store, String orderType, String timeInForce, BigDecimal limitOffsetBps, boolean preAllocate,
        boolean allocationInstructions) {

    /** The terms of the block orders sent on this session. */
    public OrderTerms orderTerms() {
        TimeInForce tif = switch (timeInForce) {
            case "gtc" -> TimeInForce.GOOD_TILL_CANCEL;
            case "ioc" -> TimeInForce.IMMEDIATE_OR_CANCEL;
            case "fok" -> TimeInForce.FILL_OR_KILL;
            default -> TimeInForce.DAY;
        };
        return new OrderTerms("limit".equals(orderType) ? OrderType.LIMIT : OrderType.MARKET, tif, limitOffsetBps,
                preAllocate, allocationInstructions);
    }

    /** The same session at another address. */
    public FixSessionSettings at(String newHost, int newPort) {
        return new FixSessionSettings(name, beginString, senderCompId, targetCompId, newHost, newPort,
                heartbeatSeconds, resetOnLogon, reconnectSeconds, store, orderType, timeInForce, limitOffsetBps,
                preAllocate, allocationInstructions);
    }
}
