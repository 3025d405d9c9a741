package dev.vpos.reconciliation.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a settlement source is fetched: every day at its fetch time (business time zone); after a failed run again
 * after a back-off that doubles with each failure in a row ({@code base}, 2 × base, 4 × base, ... at most {@code max}),
 * or at the next daily time when that comes first.
 */
public record FetchSchedule(Duration retryBase, Duration retryMax) {

    public FetchSchedule {
        if (retryBase.isNegative() || retryBase.isZero() || retryMax.compareTo(retryBase) < 0) {
            throw new IllegalArgumentException("retry base " + retryBase + ", max " + retryMax);
        }
    }

    /** The first daily fetch time at or after {@code now} (today's when it has not passed yet). */
    public static ZonedDateTime nextDaily(LocalTime fetchTime, ZonedDateTime now) {
        ZonedDateTime today = now.toLocalDate().atTime(fetchTime).atZone(now.getZone());
        return today.isBefore(now) ? today.plusDays(1) : today;
    }

    /** After a run that worked (or found nothing new): the next day's time, never the one just passed. */
    public ZonedDateTime afterSuccess(LocalTime fetchTime, ZonedDateTime now) {
        ZonedDateTime next = nextDaily(fetchTime, now);
        return next.isAfter(now) ? next : next.plusDays(1);
    }

    /** After the {@code failuresInARow}-th failure in a row (1 = the first). */
    public ZonedDateTime afterFailure(LocalTime fetchTime, ZonedDateTime now, int failuresInARow) {
        ZonedDateTime retry = now.plus(backoff(failuresInARow));
        ZonedDateTime daily = afterSuccess(fetchTime, now);
        return daily.isBefore(retry) ? daily : retry;
    }

    public Duration backoff(int failuresInARow) {
        int doublings = Math.max(0, Math.min(failuresInARow - 1, 30));
        Duration d = retryBase;
        for (int i = 0; i < doublings && d.compareTo(retryMax) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(retryMax) > 0 ? retryMax : d;
    }

    public static ZonedDateTime at(java.time.OffsetDateTime t, ZoneId zone) {
        return t.atZoneSameInstant(zone);
    }
}
