package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.Views;
import java.time.OffsetDateTime;

/** What the API answers for {@code Views.AuditView}, mapped at the API edge. */
public record ReconciliationAuditResponse(
        long id,
        String action,
        String actor,
        Long lineId,
        Long batchId,
        String reason,
        String details,
        OffsetDateTime occurredAt) {

    public static ReconciliationAuditResponse of(Views.AuditView a) {
        return new ReconciliationAuditResponse(
                a.id(), a.action(), a.actor(), a.lineId(), a.batchId(), a.reason(), a.details(), a.occurredAt());
    }
}
