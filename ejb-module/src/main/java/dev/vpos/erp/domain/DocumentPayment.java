package dev.vpos.erp.domain;

import dev.vpos.shared.domain.Money;

/**
 * A card payment (positive) or its reversal (negative) applied to an ERP document.
 *
 * @param collectionReference the collection that paid, for the ERP's audit trail
 * @param discount            the discount granted with it (negative when a void takes it back); the document is
 *                            settled by amount + discount
 */
public record DocumentPayment(
        long documentId, long collectionId, String collectionReference, Money amount, Money discount) {

    public DocumentPayment(long documentId, long collectionId, String collectionReference, Money amount) {
        this(documentId, collectionId, collectionReference, amount, null);
    }

    /** What the payment and its discount take off the document's open amount. */
    public Money settles() {
        return discount == null ? amount : amount.plus(discount);
    }
}
