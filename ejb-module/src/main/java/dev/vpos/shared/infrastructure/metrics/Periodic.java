package dev.vpos.shared.infrastructure.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value a gauge reads, computed again at most once per {@code every} however often the registry is scraped (a count
 * over a table is not run for each scrape, nor for each gauge that shows a part of it).
 */
public final class Periodic<T> {

    private final Duration every;
    private final Supplier<T> compute;
    private volatile T value;
    private volatile Instant at;

    public Periodic(Duration every, Supplier<T> compute) {
        this.every = every;
        this.compute = compute;
    }

    public T get(Clock clock) {
        Instant now = clock.instant();
        if (value == null || at.plus(every).isBefore(now)) {
            value = compute.get();
            at = now;
        }
        return value;
    }
}
