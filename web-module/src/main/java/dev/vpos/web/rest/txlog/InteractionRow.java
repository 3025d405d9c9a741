package dev.vpos.web.rest.txlog;

import dev.vpos.returncodes.application.ReasonTexts;
import dev.vpos.shared.domain.Language;
import dev.vpos.txlog.application.LogRow;
import java.time.OffsetDateTime;
import java.util.Locale;

/** One line of the return-code log; {@code reasonText} is the unified reason in the caller's language. */
public record InteractionRow(
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
        String requestId) {

    static InteractionRow of(LogRow r, Locale locale) {
        return new InteractionRow(
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
                r.requestId());
    }
}
