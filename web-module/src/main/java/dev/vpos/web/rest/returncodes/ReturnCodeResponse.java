package dev.vpos.web.rest.returncodes;

import dev.vpos.returncodes.application.ReturnCodeAdmin;
import java.time.OffsetDateTime;

/** What the API answers for {@code ReturnCodeAdmin.CodeView}, mapped at the API edge. */
public record ReturnCodeResponse(
        String family,
        String bankCode,
        String reason,
        String messageEn,
        String messageTr,
        boolean retryable,
        boolean fraudSuspected,
        boolean classified,
        OffsetDateTime lastSeenAt,
        long occurrences) {

    public static ReturnCodeResponse of(ReturnCodeAdmin.CodeView a) {
        return new ReturnCodeResponse(
                a.family(),
                a.bankCode(),
                a.reason(),
                a.messageEn(),
                a.messageTr(),
                a.retryable(),
                a.fraudSuspected(),
                a.classified(),
                a.lastSeenAt(),
                a.occurrences());
    }
}
