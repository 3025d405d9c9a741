package dev.vpos.web.rest.reconciliation;

import dev.vpos.reconciliation.application.Views;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the API answers for {@code Views.Item}, mapped at the API edge. */
public record ItemResponse(
        String source,
        long id,
        String matchStatus,
        String kind,
        Integer lineNo,
        LocalDate transactionDate,
        String transactionClock,
        String transactionKind,
        String orderId,
        String authCode,
        String rrn,
        String maskedPan,
        BigDecimal amount,
        String currency,
        BigDecimal commission,
        BigDecimal erpAmount,
        BigDecimal erpCommission,
        Long batchId,
        String matchedBy,
        String resolution,
        String reason,
        String resolvedBy,
        OffsetDateTime resolvedAt) {

    public static ItemResponse of(Views.Item a) {
        return new ItemResponse(
                a.source(),
                a.id(),
                a.matchStatus(),
                a.kind(),
                a.lineNo(),
                a.transactionDate(),
                a.transactionClock(),
                a.transactionKind(),
                a.orderId(),
                a.authCode(),
                a.rrn(),
                a.maskedPan(),
                a.amount(),
                a.currency(),
                a.commission(),
                a.erpAmount(),
                a.erpCommission(),
                a.batchId(),
                a.matchedBy(),
                a.resolution(),
                a.reason(),
                a.resolvedBy(),
                a.resolvedAt());
    }
}
