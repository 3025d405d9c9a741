package dev.vpos.alerts.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A condition a rule found true now: its kind, the subject it is about (a definition, a certificate of a definition,
 * a definition's day, the company), the definition when there is one, and the facts an alert shows (numbers, window,
 * names), as strings in a stable order.
 */
public record AlertCondition(AlertKind kind, String subject, Long definitionId, Map<String, String> facts) {

    public AlertCondition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        facts = Map.copyOf(facts);
    }

    /** The key that makes one active alert per condition: company, kind and subject. */
    public String openKey(long companyId) {
        return companyId + "/" + kind + "/" + subject;
    }
}
