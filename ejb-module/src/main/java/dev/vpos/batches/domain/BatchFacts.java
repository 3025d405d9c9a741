package dev.vpos.batches.domain;

import dev.vpos.shared.domain.Money;
import java.time.OffsetDateTime;

/** The facts of a card transaction that a batch record copies (from a collection, or from a statement line). */
public record BatchFacts(Long collectionId, long companyId, long definitionId, long customerAccountId,
                         OffsetDateTime transactionTime, Money gross, int installments, String maskedPan,
                         String cardBrand, String bankOrderId, String authCode, String hostRefNum, String bankTransId,
                         String source) {
}
