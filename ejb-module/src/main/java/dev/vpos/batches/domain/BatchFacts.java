package dev.vpos.batches.domain;

import dev.vpos.shared.domain.Money;
import java.time.OffsetDateTime;

/**
 * The facts of a card transaction that a batch record copies (from a collection, or from a statement line).
 *
 * @param kind        SALE (money taken) or REFUND (gross is negative)
 * @param operationId the follow-up (capture, refund) that made this movement; null for a sale
 * @param channel the collection's channel (MOTO, PORTAL_ORDER, ...); '' for a record without a collection
 * @param collectionState the collection's state once this movement is recorded; '' without a collection
 */
public record BatchFacts(
        Long collectionId,
        long companyId,
        long definitionId,
        long customerAccountId,
        OffsetDateTime transactionTime,
        Money gross,
        int installments,
        String maskedPan,
        String cardBrand,
        String bankOrderId,
        String authCode,
        String hostRefNum,
        String bankTransId,
        String source,
        String kind,
        Long operationId,
        String channel,
        String collectionState) {

    public BatchFacts(
            Long collectionId,
            long companyId,
            long definitionId,
            long customerAccountId,
            OffsetDateTime transactionTime,
            Money gross,
            int installments,
            String maskedPan,
            String cardBrand,
            String bankOrderId,
            String authCode,
            String hostRefNum,
            String bankTransId,
            String source) {
        this(
                collectionId,
                companyId,
                definitionId,
                customerAccountId,
                transactionTime,
                gross,
                installments,
                maskedPan,
                cardBrand,
                bankOrderId,
                authCode,
                hostRefNum,
                bankTransId,
                source,
                "SALE",
                null,
                "",
                "");
    }
}
