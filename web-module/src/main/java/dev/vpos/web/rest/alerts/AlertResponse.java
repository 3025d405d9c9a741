package dev.vpos.web.rest.alerts;

import dev.vpos.alerts.application.AlertView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An alert: its kind and status, the facts of its condition (definition, numbers, window — strings by name, see
 * docs/alerts.md), when it was raised, last seen and resolved, who acknowledged it and when, and its e-mails.
 */
public record AlertResponse(
        long id,
        long companyId,
        String companyCode,
        String kind,
        String status,
        Long definitionId,
        Map<String, String> facts,
        OffsetDateTime raisedAt,
        OffsetDateTime lastSeenAt,
        OffsetDateTime resolvedAt,
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt,
        List<Mail> mails) {

    /** One recipient's e-mail: PENDING, SENT or FAILED, tries, when it was sent, the last failure's reason. */
    public record Mail(String recipient, String status, int attempts, OffsetDateTime sentAt, String lastError) {}

    public static AlertResponse of(AlertView v) {
        return new AlertResponse(
                v.id(),
                v.companyId(),
                v.companyCode(),
                v.kind().name(),
                v.status().name(),
                v.definitionId(),
                v.facts(),
                v.raisedAt(),
                v.lastSeenAt(),
                v.resolvedAt(),
                v.acknowledgedBy(),
                v.acknowledgedAt(),
                v.mails().stream()
                        .map(m -> new Mail(m.recipient(), m.status(), m.attempts(), m.sentAt(), m.lastError()))
                        .toList());
    }
}
