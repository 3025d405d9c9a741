package dev.vpos.txlog.application;

import java.time.OffsetDateTime;

/**
 * One line of the return-code log viewer: the bank's code exactly as the bank gave it, the unified reason, the
 * message and the latency; the collection it belongs to (none for a test connection).
 */
public record LogRow(
        long id,
        OffsetDateTime occurredAt,
        long companyId,
        long definitionId,
        String definitionCode,
        String family,
        String operation,
        String bankOrderId,
        String outcome,
        String bankCode,
        String reason,
        String message,
        Integer httpStatus,
        long latencyMs,
        Long collectionId,
        String collectionReference,
        String requestId) {}
