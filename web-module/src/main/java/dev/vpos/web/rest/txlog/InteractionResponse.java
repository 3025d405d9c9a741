package dev.vpos.web.rest.txlog;

import dev.vpos.txlog.domain.BankInteraction;
import java.time.OffsetDateTime;

/** One row of the return-code log (request and response are masked at the source). */
public record InteractionResponse(long id, Long collectionId, long companyId, long definitionId, String family,
                                  String operation, String bankOrderId, String outcome, String bankCode, String reason,
                                  String message, Integer httpStatus, long latencyMs, String maskedRequest,
                                  String maskedResponse, OffsetDateTime occurredAt) {

    public static InteractionResponse of(BankInteraction i) {
        return new InteractionResponse(i.getId(), i.getCollectionId(), i.getCompanyId(), i.getDefinitionId(),
                i.getFamily().name(), i.getOperation(), i.getBankOrderId(), i.getOutcome().name(), i.getBankCode(),
                i.getReason(), i.getMessage(), i.getHttpStatus(), i.getLatencyMs(), i.getMaskedRequest(),
                i.getMaskedResponse(), i.getOccurredAt());
    }
}
