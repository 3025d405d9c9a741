package dev.vpos.collection.application;

import dev.vpos.erp.domain.DocumentRef;
import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.Money;
import java.util.List;
import java.util.Optional;

/** A payment for an ERP document must be for that customer, in its currency, and not more than is open. */
final class DocumentChecks {

    private DocumentChecks() {}

    static void check(Optional<DocumentRef> document, long customerAccountId, Money amount, List<FieldError> errors) {
        if (document.isEmpty()) {
            errors.add(FieldError.of("documentId", "document.notFound"));
            return;
        }
        DocumentRef d = document.get();
        if (d.customerAccountId() != customerAccountId) {
            errors.add(FieldError.of("documentId", "document.otherCustomer", d.number()));
        } else if (d.paid()) {
            errors.add(FieldError.of("documentId", "document.paid", d.number()));
        } else if (amount != null && !d.open().currency().equals(amount.currency())) {
            errors.add(FieldError.of(
                    "currency", "document.currency", d.number(), d.open().currencyCode()));
        } else if (amount != null && amount.isGreaterThan(d.open())) {
            errors.add(FieldError.of(
                    "amount",
                    "document.overpaid",
                    d.number(),
                    d.open().amount().toPlainString(),
                    d.open().currencyCode()));
        }
    }
}
