package io.ballast.agent.runtime;

import io.ballast.agent.config.BrokerSettings;
import jakarta.jms.Destination;
import jakarta.jms.Session;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.support.destination.DestinationResolver;

/**
 * The camel-jms component on an Artemis connection factory. Producers send through cached sessions; consumers use
 * the plain factory, because their listener containers cache their own sessions and a consumer left open in a
 * shared cache would hold prefetched messages nobody reads. Destinations are resolved on the client side once:
 * resolving through the session costs the broker a round trip per send. Transactions are local to the JMS session,
 * so a consumer keeps its connection, session and consumer from one message to the next.
 */
public final class BrokerConnection {
    private BrokerConnection() {
    }

    public static JmsComponent jmsComponent(BrokerSettings settings) {
        String url = settings.embedded() ? EmbeddedBroker.IN_VM_URL : settings.url();
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(url);
        if (!settings.embedded() && settings.username() != null) {
            artemis.setUser(settings.username());
            artemis.setPassword(settings.password());
        }
        CachingConnectionFactory caching = new CachingConnectionFactory(artemis);
        caching.setSessionCacheSize(10);
        JmsComponent jms = JmsComponent.jmsComponent(artemis);
        jms.getConfiguration().setTemplateConnectionFactory(caching);
        jms.getConfiguration().setListenerConnectionFactory(artemis);
        // transacted endpoints use the JMS session's own transaction: a transaction manager would make every
        // consumer open a new connection, session and consumer for each message
        jms.getConfiguration().setLazyCreateTransactionManager(false);
        jms.setDestinationResolver(new ClientSideDestinations());
        return jms;
    }

    private static final class ClientSideDestinations implements DestinationResolver {
        private final Map<String, Destination> destinations = new ConcurrentHashMap<>();

        @Override
        public Destination resolveDestinationName(Session session, String name, boolean pubSub) {
            return destinations.computeIfAbsent((pubSub ? "topic:" : "queue:") + name,
                    key -> pubSub ? ActiveMQJMSClient.createTopic(name) : ActiveMQJMSClient.createQueue(name));
        }
    }
}
