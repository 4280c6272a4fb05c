package io.ballast.connectors.fix;

import java.util.List;
import quickfix.Session;
import quickfix.SessionFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.FileStoreFactory;
import quickfix.mina.initiator.AbstractSocketInitiator;

/** Renders session configs into QuickFIX/J settings in code, so no .cfg file is needed. */
final class InitiatorSettings {
    private InitiatorSettings() {
    }

    static SessionID sessionId(FixSessionConfig config) {
        return new SessionID(config.beginString(), config.senderCompId(), config.targetCompId());
    }

    static SessionSettings render(List<FixSessionConfig> configs) {
        SessionSettings settings = new SessionSettings();
        settings.setString(SessionFactory.SETTING_CONNECTION_TYPE, SessionFactory.INITIATOR_CONNECTION_TYPE);
        settings.setString(Session.SETTING_NON_STOP_SESSION, "Y");
        settings.setString(Session.SETTING_USE_DATA_DICTIONARY, "Y");
        // SendingTime is checked when a message is processed, not when it arrives: a burst of reports waiting their
        // turn behind the persistent queueing would be rejected as stale and the session would break down
        settings.setString(Session.SETTING_CHECK_LATENCY, "N");
        for (FixSessionConfig config : configs) {
            SessionID id = sessionId(config);
            settings.setString(id, Session.SETTING_HEARTBTINT, Integer.toString(config.heartbeatSeconds()));
            settings.setString(id, Session.SETTING_RESET_ON_LOGON, config.resetOnLogon() ? "Y" : "N");
            settings.setString(id, AbstractSocketInitiator.SETTING_SOCKET_CONNECT_HOST, config.host());
            settings.setLong(id, AbstractSocketInitiator.SETTING_SOCKET_CONNECT_PORT, config.port());
            settings.setLong(id, AbstractSocketInitiator.SETTING_RECONNECT_INTERVAL, config.reconnectSeconds());
            if (config.store() instanceof FixMessageStore.Files files) {
                settings.setString(id, FileStoreFactory.SETTING_FILE_STORE_PATH, files.directory().toString());
            }
        }
        return settings;
    }
}
