package dev.vpos.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.alerts.domain.ForgedNotificationsRule.RefusedNotifications;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForgedNotificationsRuleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void refusedNotificationsReachingTheThresholdRaiseWithTheLastReason() {
        OffsetDateTime last = OffsetDateTime.now(CLOCK).minusMinutes(3);
        List<AlertCondition> found = ForgedNotificationsRule.evaluate(
                List.of(new RefusedNotifications(9, "STRIPE-DEMO", 2, last, "signature does not verify")), 2);

        assertEquals(1, found.size());
        assertEquals("2", found.get(0).facts().get("refused"));
        assertEquals("signature does not verify", found.get(0).facts().get("lastReason"));
        assertEquals(last.toString(), found.get(0).facts().get("lastAt"));
        assertEquals("PT1H", found.get(0).facts().get("window"));
    }

    @Test
    void fewerThanTheThresholdRaiseNothing() {
        assertEquals(
                List.of(),
                ForgedNotificationsRule.evaluate(
                        List.of(new RefusedNotifications(9, "STRIPE-DEMO", 1, OffsetDateTime.now(CLOCK), null)), 2));
    }
}
