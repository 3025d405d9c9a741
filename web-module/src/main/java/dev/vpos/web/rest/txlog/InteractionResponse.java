package dev.vpos.web.rest.txlog;

import dev.vpos.returncodes.application.ReasonTexts;
import dev.vpos.shared.domain.Language;
import dev.vpos.txlog.application.LogEntry;
import dev.vpos.txlog.application.LogRow;
import dev.vpos.txlog.domain.BankInteraction;
import dev.vpos.txlog.domain.PanScrubber;
import java.time.OffsetDateTime;
import java.util.Locale;

/** One interaction in full: its log line and the request and response as sent and received, masked. */
public record InteractionResponse(
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
        String reasonText,
        String message,
        Integer httpStatus,
        long latencyMs,
        Long collectionId,
        String collectionReference,
        String maskedRequest,
        String maskedResponse,
        String requestId) {

    static InteractionResponse of(LogEntry e, Locale locale) {
        LogRow r = e.row();
        return new InteractionResponse(
                r.id(),
                r.occurredAt(),
                r.companyId(),
                r.definitionId(),
                r.definitionCode(),
                r.family(),
                r.operation(),
                r.bankOrderId(),
                r.outcome(),
                r.bankCode(),
                r.reason(),
                ReasonTexts.text(r.reason(), Language.of(locale)),
                r.message(),
                r.httpStatus(),
                r.latencyMs(),
                r.collectionId(),
                r.collectionReference(),
                e.maskedRequest(),
                e.maskedResponse(),
                r.requestId());
    }

    /** An interaction of a collection, for the batch detail (masked again before display, as the log's detail is). */
    public static InteractionResponse of(BankInteraction i, Locale locale) {
        return new InteractionResponse(
                i.getId(),
                i.getOccurredAt(),
                i.getCompanyId(),
                i.getDefinitionId(),
                null,
                i.getFamily().name(),
                i.getOperation(),
                i.getBankOrderId(),
                i.getOutcome().name(),
                i.getBankCode(),
                i.getReason(),
                ReasonTexts.text(i.getReason(), Language.of(locale)),
                PanScrubber.scrub(i.getMessage()),
                i.getHttpStatus(),
                i.getLatencyMs(),
                i.getCollectionId(),
                null,
                PanScrubber.scrub(i.getMaskedRequest()),
                PanScrubber.scrub(i.getMaskedResponse()),
                i.getRequestId());
    }
}
