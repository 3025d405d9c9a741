package dev.vpos.alerts.application;

import dev.vpos.alerts.domain.AlertKind;
import dev.vpos.alerts.domain.AlertStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An alert as shown: its company (id and code), its condition's facts, its life (raised, last seen, resolved), who acknowledged it, its mails. */
public record AlertView(
        long id,
        long companyId,
        String companyCode,
        AlertKind kind,
        AlertStatus status,
        Long definitionId,
        Map<String, String> facts,
        OffsetDateTime raisedAt,
        OffsetDateTime lastSeenAt,
        OffsetDateTime resolvedAt,
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt,
        List<Mail> mails) {

    /** One recipient's e-mail: PENDING, SENT or FAILED, its tries and the last failure's reason. */
    public record Mail(String recipient, String status, int attempts, OffsetDateTime sentAt, String lastError) {}
}
