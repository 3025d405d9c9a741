package dev.vpos.collection.application;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.shared.infrastructure.persistence.OffsetDateTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time by which a bank call written INITIATED must have ended: twice the definition's connect and read deadlines
 * (a family may make two calls for one operation) plus a grace ({@code vpos.recovery.graceSeconds}, 60 s by default).
 * A collection or follow-up still INITIATED after it was left by a crash: the janitor makes it UNKNOWN and asks the
 * bank, and a retry with its Idempotency-Key is answered with that instead of "in flight" for ever.
 */
@ApplicationScoped
public class InFlightDeadline {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vpos.recovery.graceSeconds", defaultValue = "60")
    long graceSeconds;

    public InFlightDeadline() {}

    InFlightDeadline(Clock clock, long graceSeconds) {
        this.clock = clock;
        this.graceSeconds = graceSeconds;
    }

    public OffsetDateTime forCallTo(VposDefinition definition) {
        long callMillis = 2L * ((long) definition.getConnectTimeoutMs() + definition.getReadTimeoutMs());
        return OffsetDateTimes.now(clock).plus(Duration.ofMillis(callMillis)).plusSeconds(graceSeconds);
    }
}
