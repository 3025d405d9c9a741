package dev.vpos.shared.infrastructure.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Timestamps as stored: microsecond precision (what both PostgreSQL and H2 keep), in the clock's zone offset. */
public final class OffsetDateTimes {

    private OffsetDateTimes() {
    }

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
