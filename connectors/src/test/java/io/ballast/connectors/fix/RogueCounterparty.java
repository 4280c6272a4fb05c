package io.ballast.connectors.fix;

import java.net.InetSocketAddress;
import quickfix.ApplicationAdapter;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CommType;
import quickfix.field.Commission;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.mina.acceptor.AbstractSocketAcceptor;

/**
 * A FIX 4.4 counterparty that answers each order with a broken execution report chosen by the order's symbol,
 * then a sound one: GARBLED has an unparsable LastPx, MISSING has no ExecID, NEGATIVE reports a negative CumQty,
 * COMMTYPE is a fill charging a commission in points per bond (CommType 6), which the gateway does not read.
 */
final class RogueCounterparty implements AutoCloseable {
    private final SocketAcceptor acceptor;

    RogueCounterparty(String ownCompId, String clientCompId) throws ConfigError {
        SessionSettings settings = new SessionSettings();
        settings.setString(SessionFactory.SETTING_CONNECTION_TYPE, SessionFactory.ACCEPTOR_CONNECTION_TYPE);
        settings.setLong(AbstractSocketAcceptor.SETTING_SOCKET_ACCEPT_PORT, 0);
        settings.setString(Session.SETTING_NON_STOP_SESSION, "Y");
        SessionID id = new SessionID("FIX.4.4", ownCompId, clientCompId);
        settings.setString(id, SessionSettings.BEGINSTRING, "FIX.4.4");
        acceptor = new SocketAcceptor(new ApplicationAdapter() {
            @Override
            public void fromApp(Message message, SessionID sessionId) throws FieldNotFound {
                if (message.getHeader().getString(MsgType.FIELD).equals(MsgType.NEW_ORDER_SINGLE)) {
                    answer(message, sessionId);
                }
            }
        }, new MemoryStoreFactory(), settings, new SLF4JLogFactory(settings), new DefaultMessageFactory());
        acceptor.start();
    }

    int port() {
        return ((InetSocketAddress) acceptor.getEndpoints().iterator().next().getLocalAddress()).getPort();
    }

    private static void answer(Message order, SessionID sessionId) throws FieldNotFound {
        String clOrdId = order.getString(ClOrdID.FIELD);
        String symbol = order.getString(Symbol.FIELD);
        Message broken = report(order, clOrdId + "-bad");
        switch (symbol) {
            case "GARBLED" -> broken.setString(LastPx.FIELD, "abc");
            case "MISSING" -> broken.removeField(ExecID.FIELD);
            case "COMMTYPE" -> {
                broken.setChar(ExecType.FIELD, ExecType.TRADE);
                broken.setChar(OrdStatus.FIELD, OrdStatus.PARTIALLY_FILLED);
                broken.setString(LastQty.FIELD, "5");
                broken.setString(LastPx.FIELD, "10");
                broken.setString(CumQty.FIELD, "5");
                broken.setString(AvgPx.FIELD, "10");
                broken.setString(Commission.FIELD, "0.5");
                broken.setChar(CommType.FIELD, '6');
            }
            default -> broken.setString(CumQty.FIELD, "-5");
        }
        Session session = Session.lookupSession(sessionId);
        session.send(broken);
        session.send(report(order, clOrdId + "-good"));
    }

    private static Message report(Message order, String execId) throws FieldNotFound {
        Message report = new DefaultMessageFactory().create("FIX.4.4", MsgType.EXECUTION_REPORT);
        report.setString(OrderID.FIELD, "ROGUE-" + order.getString(ClOrdID.FIELD));
        report.setString(ClOrdID.FIELD, order.getString(ClOrdID.FIELD));
        report.setString(ExecID.FIELD, execId);
        report.setChar(ExecType.FIELD, ExecType.NEW);
        report.setChar(OrdStatus.FIELD, OrdStatus.NEW);
        report.setString(Symbol.FIELD, order.getString(Symbol.FIELD));
        report.setChar(Side.FIELD, order.getChar(Side.FIELD));
        report.setString(LeavesQty.FIELD, "10");
        report.setString(CumQty.FIELD, "0");
        report.setString(AvgPx.FIELD, "0");
        report.setString(LastPx.FIELD, "0");
        return report;
    }

    @Override
    public void close() {
        acceptor.stop();
    }
}
