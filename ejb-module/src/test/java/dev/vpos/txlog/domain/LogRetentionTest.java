package dev.vpos.txlog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LogRetentionTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @Test
    void theCutoffIsTheStartOfTheSameDayMonthsAgoInTheBusinessZone() {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-23T02:30:00+03:00");

        assertEquals(OffsetDateTime.parse("2025-10-23T00:00+03:00"), LogRetention.cutoff(now, 13, ISTANBUL));
        assertEquals(OffsetDateTime.parse("2026-10-23T00:00+03:00"), LogRetention.cutoff(now, 1, ISTANBUL));
    }

    @Test
    void theBusinessDateDecidesNotTheUtcDate() {
        OffsetDateTime lateUtc = OffsetDateTime.parse("2026-11-22T22:30:00Z"); // already 23 November in Istanbul

        assertEquals(OffsetDateTime.parse("2026-10-23T00:00+03:00"), LogRetention.cutoff(lateUtc, 1, ISTANBUL));
    }

    @Test
    void aShorterMonthEndsOnItsLastDay() {
        OffsetDateTime now = OffsetDateTime.parse("2026-03-31T12:00:00+03:00");

        assertEquals(OffsetDateTime.parse("2026-02-28T00:00+03:00"), LogRetention.cutoff(now, 1, ISTANBUL));
    }

    @Test
    void monthsOutsideOneToOneHundredTwentyAreRefused() {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-23T02:30:00+03:00");
        assertThrows(IllegalArgumentException.class, () -> new LogRetention(1, 0, "admin", now));
        assertThrows(IllegalArgumentException.class, () -> new LogRetention(1, 121, "admin", now));
        assertEquals(120, new LogRetention(1, 120, "admin", now).getMonths());
    }
}
