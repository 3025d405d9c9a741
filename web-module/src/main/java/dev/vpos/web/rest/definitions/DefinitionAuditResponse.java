package dev.vpos.web.rest.definitions;

import dev.vpos.definitions.application.DefinitionAdminService;
import java.time.OffsetDateTime;

/** What the API answers for {@code DefinitionAdminService.AuditEntry}, mapped at the API edge. */
public record DefinitionAuditResponse(
        String action, String actor, String changes, String reason, OffsetDateTime occurredAt) {

    public static DefinitionAuditResponse of(DefinitionAdminService.AuditEntry a) {
        return new DefinitionAuditResponse(a.action(), a.actor(), a.changes(), a.reason(), a.occurredAt());
    }
}
