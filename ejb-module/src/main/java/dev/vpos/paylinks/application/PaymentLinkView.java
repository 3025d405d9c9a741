package dev.vpos.paylinks.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A payment link as the collector's screen lists it.
 *
 * @param url the link itself, to copy into a message
 * @param state NOT_SENT, SENT, OPENED, PAID, EXPIRED or CANCELLED
 * @param mailFailure why the last mail could not be sent (null after a mail went out)
 */
public record PaymentLinkView(
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
        String collectionReference) {}
