package io.ballast.agent.runtime;

import io.ballast.connectors.fix.FixGateway;
import io.ballast.connectors.fix.FixSessionStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicyFactory;

/**
 * The agent's meters, scraped in the Prometheus text format at {@code /metrics}: every Camel route's exchanges and
 * their timing, the JVM, the FIX sessions logged on, and what the ledger counts in Micrometer's global registry
 * (rows taken in from custodian files).
 */
final class AgentMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics garbageCollection = new JvmGcMetrics();

    AgentMetrics(String agentName) {
        registry.config().commonTags("agent", agentName);
        new JvmMemoryMetrics().bindTo(registry);
        garbageCollection.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Metrics.addRegistry(registry);
    }

    /** Times every route of the context; called before its routes are added. */
    void measureRoutes(CamelContext context) {
        MicrometerRoutePolicyFactory routes = new MicrometerRoutePolicyFactory();
        routes.setMeterRegistry(registry);
        context.addRoutePolicyFactory(routes);
    }

    void measureSessions(FixGateway gateway) {
        Gauge.builder("ballast.fix.sessions.logged.on", gateway,
                g -> g.status().stream().filter(FixSessionStatus::loggedOn).count())
                .description("FIX sessions logged on").register(registry);
    }

    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        Metrics.removeRegistry(registry);
        garbageCollection.close();
        registry.close();
    }
}
