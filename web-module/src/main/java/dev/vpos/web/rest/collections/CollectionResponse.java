package dev.vpos.web.rest.collections;

import dev.vpos.collection.application.CollectionView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A collection's result: state, the bank's code verbatim, the unified reason and its message in the caller's language. */
public record CollectionResponse(
        String reference,
        String bankOrderId,
        String state,
        long companyId,
        long customerAccountId,
        long definitionId,
        String channel,
        BigDecimal amount,
        String currency,
        int installments,
        String maskedPan,
        String cardBrand,
        String bankCode,
        String bankMessage,
        String reason,
        String reasonMessage,
        boolean retryable,
        String authCode,
        String hostRefNum,
        String transId,
        OffsetDateTime createdAt,
        boolean replayed,
        String kind,
        BigDecimal capturedAmount,
        BigDecimal refundedAmount,
        Long documentId,
        boolean needsAttention,
        String duplicateOf,
        String routeReason,
        String routeDetail,
        Long failedOverFrom,
        BigDecimal surcharge,
        BigDecimal documentAmount) {

    public static CollectionResponse of(CollectionView v, Locale locale) {
        return new CollectionResponse(
                v.reference(),
                v.bankOrderId(),
                v.state().name(),
                v.companyId(),
                v.customerAccountId(),
                v.definitionId(),
                v.channel().name(),
                v.amount(),
                v.currency(),
                v.installments(),
                v.maskedPan(),
                v.cardBrand(),
                v.bankCode(),
                v.bankMessage(),
                v.meaning().reason().name(),
                v.meaning().message(locale.getLanguage()),
                v.meaning().retryable(),
                v.authCode(),
                v.hostRefNum(),
                v.transId(),
                v.createdAt(),
                v.replayed(),
                v.kind().name(),
                v.capturedAmount(),
                v.refundedAmount(),
                v.documentId(),
                v.needsAttention(),
                v.duplicateOf(),
                v.routeReason(),
                v.routeDetail(),
                v.failedOverFrom(),
                v.surcharge(),
                v.documentAmount());
    }
}
