package dev.vpos.txlog.domain;

import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;

/** What to write to the log for one bank call (already masked). */
public record InteractionRecord(
        Long collectionId,
        long companyId,
        long definitionId,
        GatewayFamily family,
        String operation,
        String bankOrderId,
        GatewayOutcome outcome,
        String bankCode,
        String reason,
        String message,
        Integer httpStatus,
        long latencyMs,
        String maskedRequest,
        String maskedResponse) {}
