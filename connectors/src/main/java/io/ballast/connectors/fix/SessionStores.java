package io.ballast.connectors.fix;

import java.util.Map;
import quickfix.FileStoreFactory;
import quickfix.JdbcStoreFactory;
import quickfix.MessageStore;
import quickfix.MessageStoreFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;

/** QuickFIX/J takes one store factory per connector; this one hands each session the store its config chose. */
final class SessionStores implements MessageStoreFactory {
    private final Map<SessionID, FixMessageStore> stores;
    private final SessionSettings settings;

    SessionStores(Map<SessionID, FixMessageStore> stores, SessionSettings settings) {
        this.stores = Map.copyOf(stores);
        this.settings = settings;
    }

    @Override
    public MessageStore create(SessionID id) {
        if (stores.get(id) instanceof FixMessageStore.Database database) {
            JdbcStoreFactory factory = new JdbcStoreFactory(settings);
            factory.setDataSource(database.dataSource());
            return factory.create(id);
        }
        return new FileStoreFactory(settings).create(id);
    }
}
