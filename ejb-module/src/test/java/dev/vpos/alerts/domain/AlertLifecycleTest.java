package dev.vpos.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertLifecycleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private static final AlertCondition CONDITION =
            new AlertCondition(AlertKind.BANK_UNANSWERED, "definition:3", 3L, Map.of("unanswered", "6"));

    @Test
    void theFirstAcknowledgementIsKeptWithWhoAndWhen() {
        OffsetDateTime now = OffsetDateTime.now(CLOCK);
        Alert alert = new Alert(1, CONDITION, "{}", now);

        assertTrue(alert.acknowledge("finance", now.plusMinutes(2)));
        assertFalse(alert.acknowledge("admin", now.plusMinutes(5)));
        assertEquals("finance", alert.getAcknowledgedBy());
        assertEquals(now.plusMinutes(2), alert.getAcknowledgedAt());
        assertEquals(AlertStatus.ACTIVE, alert.getStatus(), "acknowledged is not resolved");
    }

    @Test
    void resolvingKeepsTheRowAsHistoryAndFreesTheConditionForANewAlert() {
        OffsetDateTime now = OffsetDateTime.now(CLOCK);
        Alert alert = new Alert(1, CONDITION, "{}", now);
        alert.resolve(now.plusMinutes(11));

        assertEquals(AlertStatus.RESOLVED, alert.getStatus());
        assertEquals(now.plusMinutes(11), alert.getResolvedAt());
        assertEquals(now, alert.getRaisedAt());
        alert.resolve(now.plusMinutes(20));
        assertEquals(now.plusMinutes(11), alert.getResolvedAt(), "resolved once");
    }

    @Test
    void aFailedMailIsRetriedLaterAndGivenUpAfterTheLastTry() {
        OffsetDateTime now = OffsetDateTime.now(CLOCK);
        AlertMail mail = new AlertMail(1, "ops@example.com", now);
        assertTrue(mail.claimable(now));
        mail.claim(now.plusMinutes(5));
        assertFalse(mail.claimable(now.plusMinutes(1)), "claimed by a sender");

        mail.failed(now, "connection refused");
        assertEquals(AlertMail.PENDING, mail.getStatus());
        assertEquals(now.plusMinutes(1), mail.getNextTryAt());
        assertEquals("connection refused", mail.getLastError());
        assertFalse(mail.claimable(now.plusSeconds(59)));
        assertTrue(mail.claimable(now.plusMinutes(1)));

        for (int i = 2; i <= AlertMail.MAX_ATTEMPTS; i++) {
            mail.failed(now, "still refused");
        }
        assertEquals(AlertMail.FAILED, mail.getStatus());
        assertEquals(Duration.ofMinutes(60), AlertMail.retryDelay(7));
    }

    @Test
    void aSentMailKeepsNoError() {
        OffsetDateTime now = OffsetDateTime.now(CLOCK);
        AlertMail mail = new AlertMail(1, "ops@example.com", now);
        mail.failed(now, "timeout");
        mail.sent(now.plusMinutes(1));
        assertEquals(AlertMail.SENT, mail.getStatus());
        assertEquals(2, mail.getAttempts());
        assertNull(mail.getLastError());
    }
}
