package dev.vpos.reconciliation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FetchScheduleTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final LocalTime FETCH = LocalTime.of(23, 50);
    private final FetchSchedule schedule = new FetchSchedule(Duration.ofMinutes(5), Duration.ofHours(4));

    private static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ISTANBUL);
    }

    @Test
    void aSourceSavedBeforeItsTimeIsFetchedTodayAfterItTomorrow() {
        assertEquals(at("2026-12-07T23:50"), FetchSchedule.nextDaily(FETCH, at("2026-12-07T10:00")));
        assertEquals(at("2026-12-08T23:50"), FetchSchedule.nextDaily(FETCH, at("2026-12-07T23:51")));
    }

    @Test
    void aRunThatWorkedIsFollowedByTheNextDaysTimeEvenAtTheVeryMinute() {
        assertEquals(at("2026-12-08T23:50"), schedule.afterSuccess(FETCH, at("2026-12-07T23:50")));
        assertEquals(at("2026-12-07T23:50"), schedule.afterSuccess(FETCH, at("2026-12-07T09:00")));
    }

    @Test
    void failuresAreRetriedAfterABackOffThatDoublesUpToItsCeiling() {
        ZonedDateTime now = at("2026-12-07T01:00");
        assertEquals(now.plusMinutes(5), schedule.afterFailure(FETCH, now, 1));
        assertEquals(now.plusMinutes(10), schedule.afterFailure(FETCH, now, 2));
        assertEquals(now.plusMinutes(20), schedule.afterFailure(FETCH, now, 3));
        assertEquals(Duration.ofHours(4), schedule.backoff(7));
        assertEquals(Duration.ofHours(4), schedule.backoff(1000));
    }

    @Test
    void theNextDailyTimeComesBeforeALongBackOff() {
        ZonedDateTime now = at("2026-12-07T23:00");
        assertEquals(at("2026-12-07T23:50"), schedule.afterFailure(FETCH, now, 6));
    }

    @Test
    void aBackOffWithoutLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FetchSchedule(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new FetchSchedule(Duration.ofHours(2), Duration.ofHours(1)));
    }
}
