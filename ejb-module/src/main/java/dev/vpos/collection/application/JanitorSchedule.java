package dev.vpos.collection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When to ask the bank about an UNKNOWN collection: one "minute" after it became unknown, then 2, 4, 8, 16 and 32
 * minutes after each inconclusive answer (about an hour in all); after the last try it is raised to finance.
 * {@code vpos.janitor.secondsPerMinute} (default 60) compresses the schedule on test servers.
 */
@ApplicationScoped
public class JanitorSchedule {

    public static final int MAX_CHECKS = 6;

    @Inject
    @ConfigProperty(name = "vpos.janitor.secondsPerMinute", defaultValue = "60")
    long secondsPerMinute;

    public JanitorSchedule() {}

    JanitorSchedule(long secondsPerMinute) {
        this.secondsPerMinute = secondsPerMinute;
    }

    public OffsetDateTime firstCheck(OffsetDateTime unknownSince) {
        return unknownSince.plus(minute());
    }

    /** After {@code checksDone} inconclusive checks: the time of the next one, or empty when they are used up. */
    public Optional<OffsetDateTime> nextCheck(int checksDone, OffsetDateTime now) {
        if (checksDone >= MAX_CHECKS) {
            return Optional.empty();
        }
        return Optional.of(now.plus(minute().multipliedBy(1L << checksDone)));
    }

    private Duration minute() {
        return Duration.ofSeconds(secondsPerMinute);
    }
}
