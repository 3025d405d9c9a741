package dev.vpos.alerts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate or key expires within the rule's days (or has expired). The subject names the credential and its
 * expiry, so a renewed certificate resolves the old alert (and raises a new one only if it too expires soon).
 */
public final class CredentialExpiryRule {

    /** Where an expiry comes from: the key material itself (a certificate's notAfter) or an admin's entry. */
    public enum Source {
        KEY_MATERIAL,
        ENTERED
    }

    /** A credential of a definition with its expiry. */
    public record ExpiringCredential(
            long definitionId,
            String definitionCode,
            String credential,
            String label,
            Instant notAfter,
            Source source) {}

    private CredentialExpiryRule() {}

    public static List<AlertCondition> evaluate(List<ExpiringCredential> credentials, int days, Instant now) {
        Instant horizon = now.plus(Duration.ofDays(days));
        List<AlertCondition> found = new ArrayList<>();
        for (ExpiringCredential c : credentials) {
            if (c.notAfter().isBefore(horizon)) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("definition", c.definitionCode());
                facts.put("credential", c.label());
                facts.put("source", c.source().name());
                facts.put("notAfter", c.notAfter().toString());
                facts.put("daysLeft", String.valueOf(daysLeft(now, c.notAfter())));
                facts.put("thresholdDays", String.valueOf(days));
                found.add(new AlertCondition(
                        AlertKind.CREDENTIAL_EXPIRY,
                        "definition:" + c.definitionId() + "/" + c.credential() + "/" + c.notAfter(),
                        c.definitionId(),
                        facts));
            }
        }
        return found;
    }

    /** Whole days left, rounded down; negative once expired (0 on its last day). */
    static long daysLeft(Instant now, Instant notAfter) {
        return Math.floorDiv(Duration.between(now, notAfter).toHours(), 24);
    }
}
