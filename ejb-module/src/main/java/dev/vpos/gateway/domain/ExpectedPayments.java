package dev.vpos.gateway.domain;

import dev.vpos.shared.domain.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What the module expects to be paid for one of its orders, for providers that ask the merchant before they take the
 * payer's money (PayMaster's Invoice Confirmation: the merchant answers "YES" only for an order it knows, for the
 * amount it asked). Implemented by the collections context; adapters only read it.
 */
public interface ExpectedPayments {

    /** The payment of {@code bankOrderId} on definition {@code definitionId}, if there is such a collection. */
    Optional<Expected> of(long definitionId, String bankOrderId);

    /**
     * @param amount   what the payer is to pay, in its currency
     * @param awaiting true while the payment can still be made (the payer is at the provider, or the outcome is not
     *                 known yet); false once it is settled either way
     */
    record Expected(String bankOrderId, Money amount, boolean awaiting) {

        public Expected {
            Objects.requireNonNull(bankOrderId, "bankOrderId");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
