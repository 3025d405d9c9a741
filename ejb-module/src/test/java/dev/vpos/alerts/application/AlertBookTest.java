package dev.vpos.alerts.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.vpos.alerts.domain.AgedAttentionRule;
import dev.vpos.alerts.domain.AgedAttentionRule.AgedAttention;
import dev.vpos.alerts.domain.Alert;
import dev.vpos.alerts.domain.AlertCondition;
import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.alerts.domain.AlertMail;
import dev.vpos.alerts.domain.AlertRecipient;
import dev.vpos.alerts.domain.UnansweredCallsRule;
import dev.vpos.alerts.infrastructure.AlertRepository;
import dev.vpos.alerts.infrastructure.AlertSettingsRepository;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What one evaluation writes for a condition that is already an active alert (in memory: the repositories hold lists).
 * An aged-attention alert follows its collections; one that a collection aged into is mailed again and asks to be
 * acknowledged again; other kinds only take their numbers of now.
 */
class AlertBookTest {

    private static final OffsetDateTime T0 =
            OffsetDateTime.ofInstant(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    private final List<Alert> stored = new ArrayList<>();
    private final List<AlertMail> mails = new ArrayList<>();
    private AlertBook book;

    @BeforeEach
    void inMemory() {
        book = new AlertBook();
        book.alerts = new AlertRepository() {
            @Override
            public List<Alert> activeLocked(long companyId) {
                return stored.stream()
                        .filter(a -> a.getCompanyId() == companyId && a.getResolvedAt() == null)
                        .toList();
            }

            @Override
            public void add(Alert alert) {
                setId(alert, stored.size() + 1L);
                stored.add(alert);
            }

            @Override
            public void add(AlertMail mail) {
                mails.add(mail);
            }
        };
        book.settings = new AlertSettingsRepository() {
            @Override
            public List<AlertRecipient> recipients(long companyId) {
                return List.of(new AlertRecipient(companyId, "finance@example.com"));
            }
        };
    }

    @Test
    void aCollectionAgingIntoAnAcknowledgedAlertMailsItAgainAndAsksForANewAcknowledgement() {
        OffsetDateTime first = T0.minusHours(30);
        record(aged(new AgedAttention(1, "VP1", first, "VP1", first)), T0);
        Alert alert = stored.get(0);
        alert.acknowledge("finance", T0.plusMinutes(5));
        assertEquals(1, mails.size(), "mailed once when raised");

        AlertBook.Changes same = record(aged(new AgedAttention(1, "VP1", first, "VP1", first)), T0.plusMinutes(10));
        assertEquals(new AlertBook.Changes(0, 0, 0), same, "the same collection: nothing new");
        assertEquals("finance", alert.getAcknowledgedBy());

        AlertBook.Changes grown =
                record(aged(new AgedAttention(2, "VP1", first, "VP2", first.plusHours(3))), T0.plusHours(3));
        assertEquals(new AlertBook.Changes(0, 0, 1), grown);
        assertEquals(1, stored.size(), "still one alert for the company");
        assertEquals(2, mails.size(), "mailed again to the recipients");
        assertEquals("finance@example.com", mails.get(1).getRecipient());
        assertNull(alert.getAcknowledgedBy(), "asks to be acknowledged again");
        var facts = AlertFacts.read(alert.getFacts());
        assertEquals("2", facts.get("count"), "the landing page shows the count of now");
        assertEquals("VP2", facts.get("newestOrderId"));
        assertEquals(T0.plusHours(3), alert.getLastSeenAt());
    }

    @Test
    void oneDealtWithLowersTheCountWithoutAMail() {
        OffsetDateTime first = T0.minusHours(30);
        record(aged(new AgedAttention(2, "VP1", first, "VP2", first.plusHours(1))), T0);
        stored.get(0).acknowledge("finance", T0.plusMinutes(1));

        AlertBook.Changes fewer = record(
                aged(new AgedAttention(1, "VP2", first.plusHours(1), "VP2", first.plusHours(1))), T0.plusHours(1));

        assertEquals(new AlertBook.Changes(0, 0, 0), fewer);
        assertEquals(1, mails.size());
        assertEquals("1", AlertFacts.read(stored.get(0).getFacts()).get("count"));
        assertEquals("finance", stored.get(0).getAcknowledgedBy());
    }

    @Test
    void otherKindsTakeTheirNumbersOfNowWithoutAnotherMail() {
        record(UnansweredCallsRule.evaluate(List.of(new UnansweredCallsRule.UnansweredCalls(3, "EST", 6, 0)), 5), T0);
        AlertBook.Changes more = record(
                UnansweredCallsRule.evaluate(List.of(new UnansweredCallsRule.UnansweredCalls(3, "EST", 9, 1)), 5),
                T0.plusMinutes(1));

        assertEquals(new AlertBook.Changes(0, 0, 0), more);
        assertEquals(1, mails.size());
        assertEquals("10", AlertFacts.read(stored.get(0).getFacts()).get("unanswered"));
    }

    private AlertBook.Changes record(List<AlertCondition> conditions, OffsetDateTime now) {
        return book.record(1, EnumSet.allOf(AlertKind.class), conditions, now);
    }

    private static List<AlertCondition> aged(AgedAttention aged) {
        return AgedAttentionRule.evaluate(aged, 24);
    }

    private static void setId(Alert alert, long id) {
        try {
            Field f = Alert.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(alert, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
