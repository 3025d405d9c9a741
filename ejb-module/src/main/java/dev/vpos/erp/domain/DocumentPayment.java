package dev.vpos.erp.domain;

import dev.vpos.shared.domain.Money;

/**
 * A card payment (positive) or its reversal (negative) applied to an ERP document.
 *
 * @param collectionReference the collection that paid, for the ERP's audit trail
 * @param amount              what the card was charged (or what is given back)
 * @param discount            the discount granted with it (negative when a void takes it back); null when none
 * @param surcharge           the part of {@code amount} the payer paid above the document for an installment count
 *                            whose commission is passed on (negative in a reversal); null when none. The document is
 *                            settled by amount + discount - surcharge: a surcharge never over-settles it
 */
public record DocumentPayment(
        long documentId, long collectionId, String collectionReference, Money amount, Money discount, Money surcharge) {

    public DocumentPayment(long documentId, long collectionId, String collectionReference, Money amount) {
        this(documentId, collectionId, collectionReference, amount, null, null);
    }

    public DocumentPayment(
            long documentId, long collectionId, String collectionReference, Money amount, Money discount) {
        this(documentId, collectionId, collectionReference, amount, discount, null);
    }

    /** What the payment and its discount take off the document's open amount; the surcharge takes nothing off. */
    public Money settles() {
        Money settled = discount == null ? amount : amount.plus(discount);
        return surcharge == null ? settled : settled.minus(surcharge);
    }
}
