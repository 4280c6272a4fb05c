package io.ballast.connectors.fix;

import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.OrderType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import quickfix.DefaultMessageFactory;
import quickfix.Message;
import quickfix.MessageFactory;
import quickfix.UtcTimestampPrecision;
import quickfix.field.BusinessRejectReason;
import quickfix.field.BusinessRejectRefID;
import quickfix.field.ClOrdID;
import quickfix.field.DKReason;
import quickfix.field.ExecID;
import quickfix.field.HandlInst;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.RefMsgType;
import quickfix.field.RefSeqNum;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;

/**
 * Builds the messages the gateway sends, for FIX 4.2 and 4.4 alike: the fields it uses carry the same tags and
 * meaning in both. Quantities and prices are set as decimals, never doubles.
 */
final class GatewayMessages {
    private static final MessageFactory FACTORY = new DefaultMessageFactory();

    private GatewayMessages() {
    }

    static Message newOrderSingle(String beginString, BlockOrder order, Instant now) {
        Message message = FACTORY.create(beginString, MsgType.NEW_ORDER_SINGLE);
        message.setString(ClOrdID.FIELD, order.clOrdId().value());
        message.setChar(HandlInst.FIELD, HandlInst.AUTOMATED_EXECUTION_NO_INTERVENTION);
        message.setString(Symbol.FIELD, order.security().value());
        message.setChar(Side.FIELD, side(order));
        message.setUtcTimeStamp(TransactTime.FIELD, utc(now), UtcTimestampPrecision.MILLIS);
        message.setDecimal(OrderQty.FIELD, order.quantity());
        setType(message, order);
        message.setChar(TimeInForce.FIELD, timeInForce(order));
        return message;
    }

    /** Cancels what is left of {@code order}, which works under {@code order.clOrdId()}. */
    static Message orderCancelRequest(String beginString, ClOrdId cancelId, BlockOrder order, Instant now) {
        Message message = FACTORY.create(beginString, MsgType.ORDER_CANCEL_REQUEST);
        message.setString(OrigClOrdID.FIELD, order.clOrdId().value());
        message.setString(ClOrdID.FIELD, cancelId.value());
        message.setString(Symbol.FIELD, order.security().value());
        message.setChar(Side.FIELD, side(order));
        message.setUtcTimeStamp(TransactTime.FIELD, utc(now), UtcTimestampPrecision.MILLIS);
        message.setDecimal(OrderQty.FIELD, order.quantity());
        return message;
    }

    /** Asks that the order working under {@code origClOrdId} become {@code replacement}, under its ClOrdID. */
    static Message orderCancelReplaceRequest(String beginString, ClOrdId origClOrdId, BlockOrder replacement,
            Instant now) {
        Message message = FACTORY.create(beginString, MsgType.ORDER_CANCEL_REPLACE_REQUEST);
        message.setString(OrigClOrdID.FIELD, origClOrdId.value());
        message.setString(ClOrdID.FIELD, replacement.clOrdId().value());
        message.setChar(HandlInst.FIELD, HandlInst.AUTOMATED_EXECUTION_NO_INTERVENTION);
        message.setString(Symbol.FIELD, replacement.security().value());
        message.setChar(Side.FIELD, side(replacement));
        message.setUtcTimeStamp(TransactTime.FIELD, utc(now), UtcTimestampPrecision.MILLIS);
        message.setDecimal(OrderQty.FIELD, replacement.quantity());
        setType(message, replacement);
        message.setChar(TimeInForce.FIELD, timeInForce(replacement));
        return message;
    }

    /** Asks where the order working under {@code order.clOrdId()} stands. */
    static Message orderStatusRequest(String beginString, BlockOrder order) {
        Message message = FACTORY.create(beginString, MsgType.ORDER_STATUS_REQUEST);
        message.setString(ClOrdID.FIELD, order.clOrdId().value());
        message.setString(Symbol.FIELD, order.security().value());
        message.setChar(Side.FIELD, side(order));
        return message;
    }

    static Message dontKnowTrade(String beginString, ExecutionReport report, ExecutionContext context,
            String reason) {
        Message message = FACTORY.create(beginString, MsgType.DONT_KNOW_TRADE);
        message.setString(OrderID.FIELD, context.orderId());
        message.setString(ExecID.FIELD, report.execId());
        message.setChar(DKReason.FIELD, DKReason.NO_MATCHING_ORDER);
        message.setString(Symbol.FIELD, context.symbol());
        message.setChar(Side.FIELD, context.side());
        message.setDecimal(quickfix.field.LastQty.FIELD, report.lastQuantity());
        message.setDecimal(quickfix.field.LastPx.FIELD, report.lastPrice());
        message.setString(Text.FIELD, reason);
        return message;
    }

    /** Answers an application message the gateway cannot read. */
    static Message businessReject(String beginString, Message rejected, int reason, String text) {
        Message message = FACTORY.create(beginString, MsgType.BUSINESS_MESSAGE_REJECT);
        rejected.getHeader().getOptionalString(MsgSeqNum.FIELD)
                .ifPresent(seqNum -> message.setString(RefSeqNum.FIELD, seqNum));
        message.setString(RefMsgType.FIELD,
                rejected.getHeader().getOptionalString(MsgType.FIELD).orElse(MsgType.EXECUTION_REPORT));
        rejected.getOptionalString(ExecID.FIELD).ifPresent(execId -> message.setString(BusinessRejectRefID.FIELD, execId));
        message.setInt(BusinessRejectReason.FIELD, reason);
        message.setString(Text.FIELD, text);
        return message;
    }

    private static void setType(Message message, BlockOrder order) {
        if (order.type() == OrderType.LIMIT) {
            message.setChar(OrdType.FIELD, OrdType.LIMIT);
            message.setDecimal(Price.FIELD, order.limitPrice());
        } else {
            message.setChar(OrdType.FIELD, OrdType.MARKET);
        }
    }

    private static char timeInForce(BlockOrder order) {
        return switch (order.timeInForce()) {
            case DAY -> TimeInForce.DAY;
            case GOOD_TILL_CANCEL -> TimeInForce.GOOD_TILL_CANCEL;
            case IMMEDIATE_OR_CANCEL -> TimeInForce.IMMEDIATE_OR_CANCEL;
            case FILL_OR_KILL -> TimeInForce.FILL_OR_KILL;
        };
    }

    private static char side(BlockOrder order) {
        return order.side() == io.ballast.domain.Side.BUY ? Side.BUY : Side.SELL;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
