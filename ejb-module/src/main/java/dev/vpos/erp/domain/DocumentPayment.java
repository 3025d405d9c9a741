package dev.vpos.erp.domain;

import dev.vpos.shared.domain.Money;

/**
 * A card payment (positive) or its reversal (negative) applied to an ERP document.
 *
 * @param collectionReference the collection that paid, for the ERP's audit trail
 */
public record DocumentPayment(long documentId, long collectionId, String collectionReference, Money amount) {
}
