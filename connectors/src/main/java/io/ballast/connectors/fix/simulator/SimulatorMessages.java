package io.ballast.connectors.fix.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import quickfix.DefaultMessageFactory;
import quickfix.FixVersions;
import quickfix.Message;
import quickfix.MessageFactory;
import quickfix.UtcTimestampPrecision;
import quickfix.field.AllocID;
import quickfix.field.AllocStatus;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CommType;
import quickfix.field.Commission;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecRefID;
import quickfix.field.ExecTransType;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TradeDate;
import quickfix.field.TransactTime;

/** Builds the simulator's execution reports and cancel rejects in the session's FIX version. */
final class SimulatorMessages {
    private static final MessageFactory FACTORY = new DefaultMessageFactory();

    /** What an execution report tells the client. */
    enum Event {
        NEW,
        FILL,
        TRADE_CANCEL,
        TRADE_CORRECT,
        CANCELED,
        REPLACED,
        REJECTED,
        STATUS
    }

    private SimulatorMessages() {
    }

    /**
     * A report without a fill: acknowledged, canceled, replaced or rejected, or the order's status. A cancel or replace
     * answers under the request's ClOrdID and names the ClOrdID it amended in {@code origClOrdId} (else null).
     */
    static Message executionReport(String beginString, SimulatedOrder order, Event event, String clOrdId,
            String origClOrdId, String text, Instant now) {
        Message message = report(beginString, order, event, clOrdId, origClOrdId, order.nextExecId(), BigDecimal.ZERO,
                BigDecimal.ZERO, now);
        if (text != null) {
            message.setString(Text.FIELD, text);
        }
        return message;
    }

    /**
     * A fill under its own ExecID, or a bust or correction of {@code trade} under {@code execId}, naming the trade
     * it amends in ExecRefID. A bust repeats the busted quantity and price; a correction gives the corrected price.
     * A fill and a correction charge {@code commissionPerShare} (when above zero) per unit; a bust charges nothing.
     */
    static Message tradeReport(String beginString, SimulatedOrder order, Event event, SimulatedOrder.Trade trade,
            String execId, BigDecimal commissionPerShare, Instant now) {
        Message message = report(beginString, order, event, order.workingClOrdId, null, execId, trade.quantity(),
                trade.price(), now);
        if (event != Event.FILL) {
            message.setString(ExecRefID.FIELD, trade.execId());
        }
        if (event != Event.TRADE_CANCEL && commissionPerShare.signum() > 0) {
            message.setDecimal(Commission.FIELD, commissionPerShare);
            message.setChar(CommType.FIELD, CommType.PER_UNIT);
        }
        return message;
    }

    /** Acknowledges an allocation instruction: accepted, or refused ({@code refusal} not null) at block level. */
    static Message allocationAck(String beginString, String allocId, String tradeDate, String refusal, Instant now) {
        Message message = FACTORY.create(beginString, MsgType.ALLOCATION_INSTRUCTION_ACK);
        message.setString(AllocID.FIELD, allocId);
        message.setString(TradeDate.FIELD, tradeDate);
        message.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                UtcTimestampPrecision.MILLIS);
        message.setInt(AllocStatus.FIELD, refusal == null ? AllocStatus.ACCEPTED : AllocStatus.BLOCK_LEVEL_REJECT);
        if (refusal != null) {
            message.setString(Text.FIELD, refusal);
        }
        return message;
    }

    /** The answer to a status request for an order the simulator never received: rejected, unknown order. */
    static Message unknownOrderStatus(String beginString, String clOrdId, String symbol, char side, String execId,
            Instant now) {
        boolean fix42 = beginString.equals(FixVersions.BEGINSTRING_FIX42);
        Message message = FACTORY.create(beginString, MsgType.EXECUTION_REPORT);
        message.setString(OrderID.FIELD, "NONE");
        message.setString(ClOrdID.FIELD, clOrdId);
        message.setString(ExecID.FIELD, execId);
        if (fix42) {
            message.setChar(ExecTransType.FIELD, ExecTransType.STATUS);
            message.setChar(ExecType.FIELD, ExecType.REJECTED);
        } else {
            message.setChar(ExecType.FIELD, ExecType.ORDER_STATUS);
        }
        message.setChar(OrdStatus.FIELD, OrdStatus.REJECTED);
        message.setInt(OrdRejReason.FIELD, OrdRejReason.UNKNOWN_ORDER);
        message.setString(Symbol.FIELD, symbol);
        message.setChar(Side.FIELD, side);
        message.setDecimal(LeavesQty.FIELD, BigDecimal.ZERO);
        message.setDecimal(CumQty.FIELD, BigDecimal.ZERO);
        message.setDecimal(AvgPx.FIELD, BigDecimal.ZERO);
        message.setString(Text.FIELD, "unknown order " + clOrdId);
        message.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                UtcTimestampPrecision.MILLIS);
        return message;
    }

    private static Message report(String beginString, SimulatedOrder order, Event event, String clOrdId,
            String origClOrdId, String execId, BigDecimal lastQuantity, BigDecimal lastPrice, Instant now) {
        boolean fix42 = beginString.equals(FixVersions.BEGINSTRING_FIX42);
        Message message = FACTORY.create(beginString, MsgType.EXECUTION_REPORT);
        message.setString(OrderID.FIELD, order.orderId);
        message.setString(ClOrdID.FIELD, clOrdId);
        if (origClOrdId != null) {
            message.setString(OrigClOrdID.FIELD, origClOrdId);
        }
        message.setString(ExecID.FIELD, execId);
        if (fix42) {
            message.setChar(ExecTransType.FIELD, execTransType(event));
        }
        message.setChar(ExecType.FIELD, execType(event, order, fix42));
        message.setChar(OrdStatus.FIELD, order.status());
        message.setString(Symbol.FIELD, order.symbol);
        message.setChar(Side.FIELD, order.side);
        message.setDecimal(OrderQty.FIELD, order.quantity);
        if (order.limitPrice != null) {
            message.setChar(OrdType.FIELD, OrdType.LIMIT);
            message.setDecimal(Price.FIELD, order.limitPrice);
        }
        message.setDecimal(LastQty.FIELD, lastQuantity);
        message.setDecimal(LastPx.FIELD, lastPrice);
        message.setDecimal(LeavesQty.FIELD, order.leaves());
        message.setDecimal(CumQty.FIELD, order.cumulative());
        message.setDecimal(AvgPx.FIELD, order.averagePrice());
        message.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                UtcTimestampPrecision.MILLIS);
        return message;
    }

    /**
     * Refuses a cancel or, with {@code replace}, a cancel/replace: {@code order} is null when the simulator never saw
     * the order.
     */
    static Message cancelReject(String beginString, SimulatedOrder order, String cancelId, String origClOrdId,
            boolean replace, String text) {
        Message message = FACTORY.create(beginString, MsgType.ORDER_CANCEL_REJECT);
        message.setString(OrderID.FIELD, order == null ? "NONE" : order.orderId);
        message.setString(ClOrdID.FIELD, cancelId);
        message.setString(OrigClOrdID.FIELD, origClOrdId);
        message.setChar(OrdStatus.FIELD, order == null ? OrdStatus.REJECTED : order.status());
        message.setChar(CxlRejResponseTo.FIELD, replace ? CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST
                : CxlRejResponseTo.ORDER_CANCEL_REQUEST);
        message.setInt(CxlRejReason.FIELD, order == null ? CxlRejReason.UNKNOWN_ORDER : CxlRejReason.TOO_LATE_TO_CANCEL);
        message.setString(Text.FIELD, text);
        return message;
    }

    /** FIX 4.2 says bust and correct in ExecTransType. */
    private static char execTransType(Event event) {
        return switch (event) {
            case TRADE_CANCEL -> ExecTransType.CANCEL;
            case TRADE_CORRECT -> ExecTransType.CORRECT;
            case STATUS -> ExecTransType.STATUS;
            default -> ExecTransType.NEW;
        };
    }

    private static char execType(Event event, SimulatedOrder order, boolean fix42) {
        return switch (event) {
            case NEW -> ExecType.NEW;
            case FILL -> fix42 ? (order.leaves().signum() == 0 ? ExecType.FILL : ExecType.PARTIAL_FILL) : ExecType.TRADE;
            // In 4.2 the ExecType of a bust or correction is the order's state after it: new, partial fill or fill.
            case TRADE_CANCEL -> fix42 ? order.status() : ExecType.TRADE_CANCEL;
            case TRADE_CORRECT -> fix42 ? order.status() : ExecType.TRADE_CORRECT;
            case CANCELED -> ExecType.CANCELED;
            case REPLACED -> ExecType.REPLACED;
            case REJECTED -> ExecType.REJECTED;
            // In 4.2 a status answer's ExecType is the order's state; 4.4 has ExecType I for it.
            case STATUS -> fix42 ? order.status() : ExecType.ORDER_STATUS;
        };
    }
}
