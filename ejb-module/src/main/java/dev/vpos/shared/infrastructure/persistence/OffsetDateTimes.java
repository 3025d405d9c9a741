package dev.vpos.shared.infrastructure.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Timestamps as stored: microsecond precision (what both PostgreSQL and H2 keep), in the clock's zone offset. */
public final class OffsetDateTimes {

    private OffsetDateTimes() {}

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A timestamp column read by a native query, whatever type the JDBC driver hands back. */
    public static OffsetDateTime of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toOffsetDateTime();
        }
        return OffsetDateTime.parse(value.toString().replace(' ', 'T'));
    }
}
