package dev.vpos.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.vpos.alerts.domain.CredentialExpiryRule.ExpiringCredential;
import dev.vpos.alerts.domain.CredentialExpiryRule.Source;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialExpiryRuleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneId.of("Europe/Istanbul"));

    private static ExpiringCredential cert(String notAfter) {
        return new ExpiringCredential(
                12,
                "MYPOS-DEMO",
                "myposCertificate",
                "myPOS certificate (PEM)",
                Instant.parse(notAfter),
                Source.KEY_MATERIAL);
    }

    @Test
    void aCertificateExpiringWithinTheDaysRaisesWithItsDefinitionDateAndDaysLeft() {
        List<AlertCondition> found =
                CredentialExpiryRule.evaluate(List.of(cert("2026-12-21T18:00:00Z")), 30, Instant.now(CLOCK));

        assertEquals(1, found.size());
        AlertCondition c = found.get(0);
        assertEquals(AlertKind.CREDENTIAL_EXPIRY, c.kind());
        assertEquals(12L, c.definitionId());
        assertEquals("MYPOS-DEMO", c.facts().get("definition"));
        assertEquals("myPOS certificate (PEM)", c.facts().get("credential"));
        assertEquals("2026-12-21T18:00:00Z", c.facts().get("notAfter"));
        assertEquals("14", c.facts().get("daysLeft"));
        assertEquals("30", c.facts().get("thresholdDays"));
        assertEquals("KEY_MATERIAL", c.facts().get("source"));
    }

    @Test
    void oneExpiringLaterThanTheDaysRaisesNothing() {
        assertEquals(
                List.of(),
                CredentialExpiryRule.evaluate(List.of(cert("2027-01-07T09:00:01Z")), 31, Instant.now(CLOCK)));
        assertEquals(
                1,
                CredentialExpiryRule.evaluate(List.of(cert("2027-01-07T08:59:59Z")), 31, Instant.now(CLOCK))
                        .size());
    }

    @Test
    void anExpiredCertificateStillRaisesWithNegativeDaysLeft() {
        AlertCondition c = CredentialExpiryRule.evaluate(List.of(cert("2026-12-05T09:00:00Z")), 30, Instant.now(CLOCK))
                .get(0);
        assertEquals("-2", c.facts().get("daysLeft"));
    }

    @Test
    void aRenewedCertificateIsAnotherConditionSoTheOldAlertResolves() {
        Instant now = Instant.now(CLOCK);
        AlertCondition before = CredentialExpiryRule.evaluate(List.of(cert("2026-12-21T18:00:00Z")), 30, now)
                .get(0);
        AlertCondition renewed = CredentialExpiryRule.evaluate(List.of(cert("2026-12-30T18:00:00Z")), 30, now)
                .get(0);
        assertNotEquals(before.openKey(1), renewed.openKey(1));
        assertEquals(
                before.openKey(1),
                CredentialExpiryRule.evaluate(List.of(cert("2026-12-21T18:00:00Z")), 30, now.plusSeconds(60))
                        .get(0)
                        .openKey(1),
                "the same certificate seen by the next run is the same condition");
    }
}
