package dev.vpos.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.alerts.domain.DayNotClosedRule.BatchDay;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayNotClosedRuleTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final LocalDate DAY = LocalDate.parse("2026-12-06");

    private static ZonedDateTime at(String instant) {
        return ZonedDateTime.now(Clock.fixed(Instant.parse(instant), ISTANBUL));
    }

    @Test
    void anOpenDayPastNoonOfTheNextDayRaisesWithItsDeadline() {
        // 09:00 UTC = 12:00 in Istanbul on the 7th: the deadline itself
        List<AlertCondition> found = DayNotClosedRule.evaluate(
                List.of(new BatchDay(4, "EST-DEMO", DAY, 17, false)), 12, at("2026-12-07T09:00:00Z"));

        assertEquals(1, found.size());
        assertEquals("definition:4/day:2026-12-06", found.get(0).subject());
        assertEquals("2026-12-06", found.get(0).facts().get("day"));
        assertEquals("17", found.get(0).facts().get("records"));
        assertEquals("2026-12-07T12:00+03:00", found.get(0).facts().get("deadline"));
    }

    @Test
    void beforeTheDeadlineOrOnceClosedNothingIsRaised() {
        assertEquals(
                List.of(),
                DayNotClosedRule.evaluate(
                        List.of(new BatchDay(4, "EST-DEMO", DAY, 17, false)), 12, at("2026-12-07T08:59:59Z")));
        assertEquals(
                List.of(),
                DayNotClosedRule.evaluate(
                        List.of(new BatchDay(4, "EST-DEMO", DAY, 17, true)), 12, at("2026-12-08T09:00:00Z")));
    }

    @Test
    void theWatchedDaysStartTheLookbackBeforeToday() {
        assertEquals(LocalDate.parse("2026-11-30"), DayNotClosedRule.firstWatchedDay(at("2026-12-07T09:00:00Z"), 7));
    }
}
