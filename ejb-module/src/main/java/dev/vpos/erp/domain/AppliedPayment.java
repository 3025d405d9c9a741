package dev.vpos.erp.domain;

import dev.vpos.shared.domain.Money;

/**
 * What {@link ErpPort#applyPayment} did: the document afterwards and the part of the payment (or reversal) that did not
 * fit it, in what the document is settled by. Not zero when the document was paid meanwhile through another channel
 * (a payer at the bank's 3-D page while a collector took the same invoice by phone), or when a reversal would re-open
 * more than the document's total: the bank has already moved the money, so nothing is refused; the caller raises
 * the difference to finance.
 */
public record AppliedPayment(DocumentRef document, Money notApplied) {

    public boolean fits() {
        return notApplied.amount().signum() == 0;
    }
}
