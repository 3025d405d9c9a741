package dev.vpos.web.rest.collections;

import dev.vpos.collection.application.OperationView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A capture, void or refund: its own state and bank codes, the unified reason, and the collection after it. */
public record OperationResponse(
        String operationId,
        String kind,
        BigDecimal amount,
        String currency,
        String state,
        String bankCode,
        String bankMessage,
        String reason,
        String reasonMessage,
        String authCode,
        String hostRefNum,
        String transId,
        OffsetDateTime createdAt,
        boolean replayed,
        CollectionResponse collection) {

    public static OperationResponse of(OperationView v, Locale locale) {
        return new OperationResponse(
                v.operationId(),
                v.kind().name(),
                v.amount(),
                v.currency(),
                v.state().name(),
                v.bankCode(),
                v.bankMessage(),
                v.meaning().reason().name(),
                v.meaning().message(locale.getLanguage()),
                v.authCode(),
                v.hostRefNum(),
                v.transId(),
                v.createdAt(),
                v.replayed(),
                CollectionResponse.of(v.collection(), locale));
    }
}
