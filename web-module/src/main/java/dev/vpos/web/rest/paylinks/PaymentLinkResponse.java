package dev.vpos.web.rest.paylinks;

import dev.vpos.paylinks.application.PaymentLinkView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** What the API answers for a payment link, mapped at the API edge. */
public record PaymentLinkResponse(
        long id,
        String sessionId,
        String url,
        long companyId,
        long customerAccountId,
        String customerCode,
        String customerName,
        String reference,
        Long documentId,
        BigDecimal amount,
        String currency,
        String email,
        String language,
        String state,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime openedAt,
        int mailsSent,
        OffsetDateTime lastMailedAt,
        String mailFailure,
        OffsetDateTime cancelledAt,
        String collectionReference) {

    public static PaymentLinkResponse of(PaymentLinkView v) {
        return new PaymentLinkResponse(
                v.id(),
                v.sessionId(),
                v.url(),
                v.companyId(),
                v.customerAccountId(),
                v.customerCode(),
                v.customerName(),
                v.reference(),
                v.documentId(),
                v.amount(),
                v.currency(),
                v.email(),
                v.language(),
                v.state(),
                v.createdBy(),
                v.createdAt(),
                v.expiresAt(),
                v.openedAt(),
                v.mailsSent(),
                v.lastMailedAt(),
                v.mailFailure(),
                v.cancelledAt(),
                v.collectionReference());
    }
}
