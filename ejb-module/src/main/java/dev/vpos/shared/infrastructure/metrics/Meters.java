package dev.vpos.shared.infrastructure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The module's business meters (issue #17), in MicroProfile Metrics' application registry: scraped by Prometheus at
 * {@code /metrics} (docs/admin-guide.md "Metrics") beside the server's own (connection pools, threads, GC). Names are
 * {@code vpos_*}; tags are small closed sets (family, channel, outcome, definition id, task), never an order or a card.
 */
@ApplicationScoped
public class Meters {

    @Inject
    MetricRegistry registry;

    /**
     * Off in the in-container test archives, which carry a second copy of the module's beans: the metrics registry is
     * shared by the server's applications, and an archive's undeployment would remove the module's own meters.
     */
    @Inject
    @ConfigProperty(name = "vpos.metrics.enabled", defaultValue = "true")
    boolean enabled;

    /** Adds one to the counter {@code name} with the tags given as name, value, name, value, ... */
    public void count(String name, String... tags) {
        if (!enabled) {
            return;
        }
        registry.counter(name, tags(tags)).inc();
    }

    /** Records one duration in the timer {@code name} (count, sum, max and the configured percentiles). */
    public void time(String name, Duration duration, String... tags) {
        if (!enabled) {
            return;
        }
        registry.timer(name, tags(tags)).update(duration);
    }

    /** A value read when the registry is scraped. */
    public <T extends Number> void gauge(String name, Supplier<T> value, String... tags) {
        if (!enabled) {
            return;
        }
        registry.gauge(name, value, tags(tags));
    }

    private static Tag[] tags(String... pairs) {
        Tag[] tags = new Tag[pairs.length / 2];
        for (int i = 0; i < tags.length; i++) {
            String value = pairs[2 * i + 1];
            tags[i] = new Tag(pairs[2 * i], value == null || value.isEmpty() ? "none" : value);
        }
        return tags;
    }
}
