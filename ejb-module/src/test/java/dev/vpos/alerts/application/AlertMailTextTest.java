package dev.vpos.alerts.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.alerts.domain.AgedAttentionRule;
import dev.vpos.alerts.domain.AlertCondition;
import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.alerts.domain.ApprovalDropRule;
import dev.vpos.alerts.domain.CredentialExpiryRule;
import dev.vpos.alerts.domain.DayNotClosedRule;
import dev.vpos.alerts.domain.ForgedNotificationsRule;
import dev.vpos.alerts.domain.UnansweredCallsRule;
import dev.vpos.shared.domain.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule's facts make a whole e-mail: no fact the text names is missing, and the facts survive their JSON. */
class AlertMailTextTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneId.of("Europe/Istanbul"));

    private static List<AlertCondition> oneOfEachKind() {
        OffsetDateTime now = OffsetDateTime.now(CLOCK);
        return List.of(
                CredentialExpiryRule.evaluate(
                                List.of(new CredentialExpiryRule.ExpiringCredential(
                                        1,
                                        "MYPOS-DEMO",
                                        "myposCertificate",
                                        "myPOS certificate (PEM)",
                                        Instant.parse("2026-12-20T00:00:00Z"),
                                        CredentialExpiryRule.Source.KEY_MATERIAL)),
                                30,
                                Instant.now(CLOCK))
                        .get(0),
                ApprovalDropRule.evaluate(
                                List.of(new ApprovalDropRule.ApprovalWindow(2, "EST-DEMO", 20, 5, 100, 90)), 70)
                        .get(0),
                UnansweredCallsRule.evaluate(List.of(new UnansweredCallsRule.UnansweredCalls(3, "EST-DEMO", 6, 1)), 5)
                        .get(0),
                ForgedNotificationsRule.evaluate(
                                List.of(new ForgedNotificationsRule.RefusedNotifications(
                                        4, "STRIPE-DEMO", 2, now.minusMinutes(1), "signature")),
                                1)
                        .get(0),
                AgedAttentionRule.evaluate(
                                new AgedAttentionRule.AgedAttention(
                                        2, "VP1", now.minusDays(2), "VP2", now.minusDays(1)),
                                24)
                        .get(0),
                DayNotClosedRule.evaluate(
                                List.of(new DayNotClosedRule.BatchDay(
                                        5, "EST-DEMO", LocalDate.parse("2026-12-05"), 3, false)),
                                12,
                                ZonedDateTime.now(CLOCK))
                        .get(0));
    }

    @Test
    void everyKindsMailNamesItsCompanyAndDefinitionAndLacksNoFactInEveryLanguage() {
        Set<AlertKind> seen = EnumSet.noneOf(AlertKind.class);
        for (Language language : Language.values()) {
            for (AlertCondition c : oneOfEachKind()) {
                seen.add(c.kind());
                var facts = AlertFacts.read(AlertFacts.write(c.facts()));
                assertEquals(c.facts(), facts, "facts survive their JSON");
                String subject = AlertMailText.subject(language, "DEMO", c.kind(), facts);
                String body = AlertMailText.body(language, 7, "DEMO", c.kind(), facts, OffsetDateTime.now(CLOCK));

                assertTrue(subject.contains("DEMO: "), subject);
                if (facts.containsKey("definition")) {
                    assertTrue(subject.endsWith(" – " + facts.get("definition")), subject);
                }
                assertFalse(body.contains("null"), c.kind() + " names a fact it does not have:\n" + body);
                assertFalse(
                        body.matches("(?s).*\\{[A-Za-z]+}.*"),
                        language + " " + c.kind() + " leaves a placeholder unfilled:\n" + body);
                assertTrue(body.contains("/vpos/api/v1/alerts/7/acknowledge"), body);
                facts.forEach((k, v) -> assertTrue(body.contains("  " + k + ": " + v), k + " listed"));
            }
        }
        assertEquals(EnumSet.allOf(AlertKind.class), seen);
    }

    @Test
    void theMailSpeaksTheCompanysLanguage() {
        AlertCondition unanswered = oneOfEachKind().get(2);
        var facts = unanswered.facts();
        OffsetDateTime at = OffsetDateTime.now(CLOCK);

        assertEquals(
                "[VPOS alert] DEMO: Bank not answering – EST-DEMO",
                AlertMailText.subject(Language.EN, "DEMO", unanswered.kind(), facts));
        assertEquals(
                "[VPOS uyarısı] DEMO: Banka yanıt vermiyor – EST-DEMO",
                AlertMailText.subject(Language.TR, "DEMO", unanswered.kind(), facts));
        String turkish = AlertMailText.body(Language.TR, 7, "DEMO", unanswered.kind(), facts, at);
        assertTrue(
                turkish.contains("EST-DEMO: son 10 dakikada 7 ödeme yanıtsız kaldı (6 zaman aşımı ya da belirsiz,"
                        + " 1 gönderilemedi; kural 5 adede izin verir)."),
                turkish);
        String russian = AlertMailText.body(Language.RU, 7, "DEMO", unanswered.kind(), facts, at);
        assertTrue(russian.contains("Подробности:"), russian);
        String arabic = AlertMailText.subject(Language.AR, "DEMO", unanswered.kind(), facts);
        assertTrue(arabic.startsWith("[تنبيه VPOS] DEMO: "), arabic);
    }

    @Test
    void aPlaceholderWithoutAValueStaysVisible() {
        assertEquals("a 1 {b}", AlertMailText.fill("a {a} {b}", java.util.Map.of("a", "1")));
        assertEquals("it's $1", AlertMailText.fill("it's {x}", java.util.Map.of("x", "$1")));
    }
}
