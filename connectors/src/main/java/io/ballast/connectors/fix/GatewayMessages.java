package io.ballast.connectors.fix;

import io.ballast.domain.BlockOrder;
import io.ballast.domain.ClOrdId;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.OrderType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import io.ballast.domain.AccountId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import quickfix.DefaultMessageFactory;
import quickfix.FixVersions;
import quickfix.Group;
import quickfix.Message;
import quickfix.MessageFactory;
import quickfix.UtcTimestampPrecision;
import quickfix.field.AllocAccount;
import quickfix.field.AllocID;
import quickfix.field.AllocNoOrdersType;
import quickfix.field.AllocQty;
import quickfix.field.AllocTransType;
import quickfix.field.AllocType;
import quickfix.field.AvgPx;
import quickfix.field.BusinessRejectReason;
import quickfix.field.BusinessRejectRefID;
import quickfix.field.ClOrdID;
import quickfix.field.CommType;
import quickfix.field.Commission;
import quickfix.field.DKReason;
import quickfix.field.ExecID;
import quickfix.field.HandlInst;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.NoAllocs;
import quickfix.field.NoOrders;
import quickfix.field.OrderQty;
import quickfix.field.Quantity;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.RefMsgType;
import quickfix.field.RefSeqNum;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TradeDate;
import quickfix.field.TransactTime;

/**
 * Builds the messages the gateway sends, for FIX 4.2 and 4.4 alike: the fields it uses carry the same tags and
 * meaning in both. Quantities and prices are set as decimals, never doubles.
 */
final class GatewayMessages {
    private static final MessageFactory FACTORY = new DefaultMessageFactory();
    /** Both versions' dictionaries want the account first, then its shares, then its commission. */
    private static final int[] ALLOCATION_ORDER = {AllocAccount.FIELD, AllocQty.FIELD, Commission.FIELD,
            CommType.FIELD};

    private GatewayMessages() {
    }

    static Message newOrderSingle(String beginString, BlockOrder order, Instant now) {
        return newOrderSingle(beginString, order, Map.of(), now);
    }

    /** With {@code accounts} not empty, the order carries them as pre-allocation groups (NoAllocs 78). */
    static Message newOrderSingle(String beginString, BlockOrder order, Map<AccountId, BigDecimal> accounts,
            Instant now) {
        Message message = FACTORY.create(beginString, MsgType.NEW_ORDER_SINGLE);
        addAllocations(message, accounts, Map.of());
        setOrder(message, order, now);
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
        setOrder(message, replacement, now);
        return message;
    }

    /**
     * The post-trade allocation of a done block to its accounts (35=J): AllocID, the block's ClOrdID, its filled
     * quantity at its average price on its trade date, and each account's shares with its commission (both
     * versions' NoAllocs group carries Commission 12 and CommType 13).
     */
    static Message allocationInstruction(String beginString, String allocId, BlockOrder order, LocalDate tradeDate,
            BigDecimal quantity, BigDecimal averagePrice, Map<AccountId, BigDecimal> accounts,
            Map<AccountId, BigDecimal> commissions) {
        Message message = FACTORY.create(beginString, MsgType.ALLOCATION_INSTRUCTION);
        message.setString(AllocID.FIELD, allocId);
        message.setChar(AllocTransType.FIELD, AllocTransType.NEW);
        if (!beginString.equals(FixVersions.BEGINSTRING_FIX42)) {
            message.setInt(AllocType.FIELD, AllocType.CALCULATED);
            message.setInt(AllocNoOrdersType.FIELD, AllocNoOrdersType.EXPLICIT_LIST_PROVIDED);
        }
        Group orders = new Group(NoOrders.FIELD, ClOrdID.FIELD);
        orders.setString(ClOrdID.FIELD, order.clOrdId().value());
        message.addGroup(orders);
        message.setChar(Side.FIELD, side(order));
        message.setString(Symbol.FIELD, order.security().value());
        message.setDecimal(Quantity.FIELD, quantity);
        message.setDecimal(AvgPx.FIELD, averagePrice);
        message.setString(TradeDate.FIELD, tradeDate.format(DateTimeFormatter.BASIC_ISO_DATE));
        addAllocations(message, accounts, commissions);
        return message;
    }

    /** One NoAllocs (78) entry per account; a commission above zero goes with it as an absolute amount. */
    private static void addAllocations(Message message, Map<AccountId, BigDecimal> accounts,
            Map<AccountId, BigDecimal> commissions) {
        for (Map.Entry<AccountId, BigDecimal> account : new TreeMap<>(accounts).entrySet()) {
            Group allocation = new Group(NoAllocs.FIELD, AllocAccount.FIELD, ALLOCATION_ORDER);
            allocation.setString(AllocAccount.FIELD, account.getKey().value());
            allocation.setDecimal(AllocQty.FIELD, account.getValue());
            BigDecimal commission = commissions.getOrDefault(account.getKey(), BigDecimal.ZERO);
            if (commission.signum() > 0) {
                allocation.setDecimal(Commission.FIELD, commission);
                allocation.setChar(CommType.FIELD, CommType.ABSOLUTE);
            }
            message.addGroup(allocation);
        }
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

    /** The order's own terms, which a new order and a replacement carry alike. */
    private static void setOrder(Message message, BlockOrder order, Instant now) {
        message.setString(ClOrdID.FIELD, order.clOrdId().value());
        message.setChar(HandlInst.FIELD, HandlInst.AUTOMATED_EXECUTION_NO_INTERVENTION);
        message.setString(Symbol.FIELD, order.security().value());
        message.setChar(Side.FIELD, side(order));
        message.setUtcTimeStamp(TransactTime.FIELD, utc(now), UtcTimestampPrecision.MILLIS);
        message.setDecimal(OrderQty.FIELD, order.quantity());
        setType(message, order);
        message.setChar(TimeInForce.FIELD, timeInForce(order));
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
