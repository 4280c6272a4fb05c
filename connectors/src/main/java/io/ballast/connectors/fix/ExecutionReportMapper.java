package io.ballast.connectors.fix;

import io.ballast.domain.ClOrdId;
import io.ballast.domain.Decimals;
import io.ballast.domain.ExecutionReport;
import io.ballast.domain.ExecutionType;
import io.ballast.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import quickfix.FieldConvertError;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.BusinessRejectReason;
import quickfix.field.ClOrdID;
import quickfix.field.CommType;
import quickfix.field.Commission;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecRefID;
import quickfix.field.ExecTransType;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrigClOrdID;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TransactTime;
import quickfix.field.converter.UtcTimestampConverter;

/**
 * Reads a FIX 4.2 or 4.4 ExecutionReport (35=8) into the domain's {@link ExecutionReport}.
 *
 * <p>FIX 4.2 says what happened in two fields: ExecType (partial fill 1 and fill 2 are trades) and ExecTransType
 * (1 = cancel and 2 = correct of an earlier execution, i.e. a bust or a correction; 3 = status). FIX 4.4 folds them
 * into ExecType (F trade, H trade cancel, G trade correct, I order status). States the domain does not model
 * (pending cancel or replace, stopped, suspended, calculated, restated) arrive as {@link ExecutionType#ORDER_STATUS}
 * of a live order.
 */
final class ExecutionReportMapper {
    private ExecutionReportMapper() {
    }

    static ExecutionReport map(Message message, boolean fix42, Instant receivedAt) throws MalformedMessageException {
        // Cancels and replaces answer a request with the request's ClOrdID and name the order amended in OrigClOrdID.
        String clOrdId = string(message, ClOrdID.FIELD, "ClOrdID");
        ClOrdId origClOrdId = message.isSetField(OrigClOrdID.FIELD)
                ? ClOrdId.of(string(message, OrigClOrdID.FIELD, "OrigClOrdID")) : null;
        String execId = string(message, ExecID.FIELD, "ExecID");
        BigDecimal cumulative = decimal(message, CumQty.FIELD, "CumQty");
        ExecutionType type = executionType(message, fix42);
        OrderStatus status = orderStatus(string(message, OrdStatus.FIELD, "OrdStatus").charAt(0), cumulative);
        // A fill or its correction without LastQty/LastPx would raise CumQty with nothing to allocate.
        boolean fillFields = type == ExecutionType.TRADE || type == ExecutionType.TRADE_CORRECT;
        boolean amends = type == ExecutionType.TRADE_CANCEL || type == ExecutionType.TRADE_CORRECT;
        // A bust or correction must name the fill it amends, or the book cannot tell which one to take back.
        String execRefId = amends ? string(message, ExecRefID.FIELD, "ExecRefID")
                : message.getOptionalString(ExecRefID.FIELD).orElse(null);
        BigDecimal lastQuantity = fillFields ? required(message, LastQty.FIELD, "LastQty")
                : optionalDecimal(message, LastQty.FIELD, "LastQty");
        BigDecimal lastPrice = fillFields ? required(message, LastPx.FIELD, "LastPx")
                : optionalDecimal(message, LastPx.FIELD, "LastPx");
        // Only a fill or its correction charges: a bust takes back the commission of the fill it names.
        BigDecimal commission = fillFields ? commission(message, lastQuantity, lastPrice) : BigDecimal.ZERO;
        try {
            return new ExecutionReport(ClOrdId.of(clOrdId), origClOrdId, execId, execRefId, type, status,
                    lastQuantity, lastPrice, cumulative, decimal(message, AvgPx.FIELD, "AvgPx"),
                    decimal(message, LeavesQty.FIELD, "LeavesQty"), commission,
                    message.isSetField(Text.FIELD) ? string(message, Text.FIELD, "Text") : null,
                    transactTime(message, receivedAt), readable(message));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException(e.getMessage(), BusinessRejectReason.OTHER);
        }
    }

    /** The message as sent on the wire, with | for the SOH delimiter, for the order's history. */
    static String readable(Message message) {
        return message.toString().replace('\u0001', '|');
    }

    /** What a DontKnowTrade for this report would have to repeat. */
    static ExecutionContext context(Message message) throws MalformedMessageException {
        return new ExecutionContext(string(message, OrderID.FIELD, "OrderID"), string(message, Symbol.FIELD, "Symbol"),
                string(message, Side.FIELD, "Side").charAt(0));
    }

    /**
     * The execution's commission in dollars, to the cent: Commission (12) as CommType (13) says, per unit (1, times
     * LastQty), percent (2, of LastQty × LastPx) or absolute (3). No Commission is no charge.
     */
    private static BigDecimal commission(Message message, BigDecimal lastQuantity, BigDecimal lastPrice)
            throws MalformedMessageException {
        if (!message.isSetField(Commission.FIELD)) {
            return BigDecimal.ZERO;
        }
        BigDecimal commission = decimal(message, Commission.FIELD, "Commission");
        if (commission.signum() < 0) {
            throw new MalformedMessageException("Commission (12) " + commission.toPlainString() + " is negative",
                    BusinessRejectReason.OTHER);
        }
        if (!message.isSetField(CommType.FIELD)) {
            throw new MalformedMessageException("CommType (13) is required with Commission (12)",
                    BusinessRejectReason.CONDITIONALLY_REQUIRED_FIELD_MISSING);
        }
        String type = string(message, CommType.FIELD, "CommType");
        BigDecimal dollars = switch (type) {
            case "1" -> commission.multiply(lastQuantity);
            case "2" -> commission.multiply(lastQuantity).multiply(lastPrice).movePointLeft(2);
            case "3" -> commission;
            default -> throw new MalformedMessageException("unsupported CommType (13) '" + type
                    + "': only 1 (per unit), 2 (percent) and 3 (absolute) are understood", BusinessRejectReason.OTHER);
        };
        return Decimals.money(dollars);
    }

    private static ExecutionType executionType(Message message, boolean fix42) throws MalformedMessageException {
        ExecutionType type = reportedType(message, fix42);
        boolean unknownOrder = message.getOptionalString(OrdRejReason.FIELD)
                .filter(reason -> reason.equals(Integer.toString(OrdRejReason.UNKNOWN_ORDER))).isPresent();
        return type == ExecutionType.ORDER_STATUS && unknownOrder ? ExecutionType.ORDER_UNKNOWN : type;
    }

    private static ExecutionType reportedType(Message message, boolean fix42) throws MalformedMessageException {
        if (fix42 && message.isSetField(ExecTransType.FIELD)) {
            switch (string(message, ExecTransType.FIELD, "ExecTransType").charAt(0)) {
                case ExecTransType.CANCEL:
                    return ExecutionType.TRADE_CANCEL;
                case ExecTransType.CORRECT:
                    return ExecutionType.TRADE_CORRECT;
                case ExecTransType.STATUS:
                    return ExecutionType.ORDER_STATUS;
                default:
                    break;
            }
        }
        char code = string(message, ExecType.FIELD, "ExecType").charAt(0);
        switch (code) {
            case ExecType.NEW:
                return ExecutionType.NEW;
            case ExecType.PARTIAL_FILL:
            case ExecType.FILL:
            case ExecType.TRADE:
                return ExecutionType.TRADE;
            case ExecType.TRADE_CANCEL:
                return ExecutionType.TRADE_CANCEL;
            case ExecType.TRADE_CORRECT:
                return ExecutionType.TRADE_CORRECT;
            case ExecType.ORDER_STATUS:
            case ExecType.PENDING_CANCEL:
            case ExecType.PENDING_REPLACE:
            case ExecType.STOPPED:
            case ExecType.SUSPENDED:
            case ExecType.CALCULATED:
            case ExecType.RESTATED:
                return ExecutionType.ORDER_STATUS;
            case ExecType.DONE_FOR_DAY:
                return ExecutionType.DONE_FOR_DAY;
            case ExecType.CANCELED:
                return ExecutionType.CANCELED;
            case ExecType.REPLACED:
                return ExecutionType.REPLACED;
            case ExecType.REJECTED:
                return ExecutionType.REJECTED;
            case ExecType.EXPIRED:
                return ExecutionType.EXPIRED;
            case ExecType.PENDING_NEW:
                return ExecutionType.PENDING_NEW;
            default:
                throw new MalformedMessageException("unsupported ExecType " + code, BusinessRejectReason.OTHER);
        }
    }

    private static OrderStatus orderStatus(char code, BigDecimal cumulative) throws MalformedMessageException {
        switch (code) {
            case OrdStatus.NEW:
                return OrderStatus.NEW;
            case OrdStatus.PARTIALLY_FILLED:
                return OrderStatus.PARTIALLY_FILLED;
            case OrdStatus.FILLED:
                return OrderStatus.FILLED;
            case OrdStatus.DONE_FOR_DAY:
                return OrderStatus.DONE_FOR_DAY;
            case OrdStatus.CANCELED:
                return OrderStatus.CANCELED;
            case OrdStatus.REPLACED:
                return OrderStatus.REPLACED;
            case OrdStatus.REJECTED:
                return OrderStatus.REJECTED;
            case OrdStatus.EXPIRED:
                return OrderStatus.EXPIRED;
            case OrdStatus.PENDING_NEW:
                return OrderStatus.PENDING_NEW;
            case OrdStatus.PENDING_CANCEL:
            case OrdStatus.PENDING_REPLACE:
            case OrdStatus.STOPPED:
            case OrdStatus.SUSPENDED:
            case OrdStatus.CALCULATED:
            case OrdStatus.ACCEPTED_FOR_BIDDING:
                // Still working: what matters downstream is whether anything has filled yet.
                return cumulative.signum() > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.NEW;
            default:
                throw new MalformedMessageException("unsupported OrdStatus " + code, BusinessRejectReason.OTHER);
        }
    }

    private static String string(Message message, int tag, String name) throws MalformedMessageException {
        try {
            String value = message.getString(tag);
            if (value.isEmpty()) {
                throw new MalformedMessageException(name + " (" + tag + ") is empty",
                        BusinessRejectReason.CONDITIONALLY_REQUIRED_FIELD_MISSING);
            }
            return value;
        } catch (FieldNotFound e) {
            throw new MalformedMessageException(name + " (" + tag + ") is missing",
                    BusinessRejectReason.CONDITIONALLY_REQUIRED_FIELD_MISSING);
        }
    }

    private static BigDecimal decimal(Message message, int tag, String name) throws MalformedMessageException {
        String value = string(message, tag, name);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new MalformedMessageException(name + " (" + tag + ") '" + value + "' is not a number",
                    BusinessRejectReason.OTHER);
        }
    }

    private static BigDecimal required(Message message, int tag, String name) throws MalformedMessageException {
        if (!message.isSetField(tag)) {
            throw new MalformedMessageException(name + " (" + tag + ") is required on a fill",
                    BusinessRejectReason.CONDITIONALLY_REQUIRED_FIELD_MISSING);
        }
        return decimal(message, tag, name);
    }

    private static BigDecimal optionalDecimal(Message message, int tag, String name)
            throws MalformedMessageException {
        return message.isSetField(tag) ? decimal(message, tag, name) : BigDecimal.ZERO;
    }

    private static Instant transactTime(Message message, Instant receivedAt) throws MalformedMessageException {
        if (!message.isSetField(TransactTime.FIELD)) {
            return receivedAt;
        }
        String value = string(message, TransactTime.FIELD, "TransactTime");
        try {
            return UtcTimestampConverter.convertToLocalDateTime(value).toInstant(ZoneOffset.UTC);
        } catch (FieldConvertError e) {
            throw new MalformedMessageException("TransactTime (60) '" + value + "' is not a UTC timestamp",
                    BusinessRejectReason.OTHER);
        }
    }
}
