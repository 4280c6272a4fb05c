package io.ballast.agent.runtime;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * ActiveMQ Artemis inside the agent's JVM, reachable in-VM only, with a persistent journal under the data
 * directory so queued work survives a restart. A message that fails five times goes to the DLQ queue instead of
 * being retried forever; an expired one (none of the agent's messages expire) would go to ExpiryQueue.
 */
public final class EmbeddedBroker implements AutoCloseable {
    public static final String IN_VM_URL = "vm://0";
    private static final int JOURNAL_SYNC_NANOS = 500_000;

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    public EmbeddedBroker(Path directory) {
        Configuration configuration = new ConfigurationImpl()
                .setName("ballast")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(directory.resolve("journal").toString())
                .setBindingsDirectory(directory.resolve("bindings").toString())
                .setLargeMessagesDirectory(directory.resolve("large-messages").toString())
                .setPagingDirectory(directory.resolve("paging").toString())
                // a durable send waits for the journal's next sync: every 0.5 ms rather than NIO's default 3.3 ms,
                // since the FIX session queues its execution reports one after another
                .setJournalBufferTimeout_NIO(JOURNAL_SYNC_NANOS)
                .addAddressSetting("#", new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of("DLQ"))
                        .setAutoCreateDeadLetterResources(true)
                        .setExpiryAddress(SimpleString.of("ExpiryQueue"))
                        .setAutoCreateExpiryResources(true)
                        .setMaxDeliveryAttempts(5)
                        .setRedeliveryDelay(1000)
                        .setRedeliveryMultiplier(2)
                        .setMaxRedeliveryDelay(30_000));
        try {
            configuration.addAcceptorConfiguration("in-vm", IN_VM_URL);
        } catch (Exception e) {
            throw new IllegalStateException("cannot configure the embedded broker's in-VM acceptor", e);
        }
        server.setConfiguration(configuration);
    }

    public EmbeddedBroker start() {
        try {
            server.start();
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("the embedded broker did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
