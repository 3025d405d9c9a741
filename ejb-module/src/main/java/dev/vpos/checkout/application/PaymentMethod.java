package dev.vpos.checkout.application;

import dev.vpos.definitions.domain.InstallmentPrice;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.Money;

/**
 * One way the payer can pay a checkout session: a definition of the company whose currencies and limits fit, with
 * what its discount takes off and what is charged.
 *
 * @param limitsHold whether the definition's minimum and maximum hold for {@code payable}
 * @param asksCard whether our page takes the card (false when the bank's or provider's page does: 3D Host)
 * @param installments what each installment count the definition offers costs the payer for {@code payable}, ascending
 *     by count (1 always among them): per month, total charged, surcharge when the count's commission is passed on
 */
public record PaymentMethod(
        long definitionId,
        String name,
        String family,
        PaymentModel model,
        Money discount,
        Money payable,
        boolean asksCard,
        String logoUrl,
        boolean limitsHold,
        java.util.List<InstallmentPrice> installments) {

    public PaymentMethod {
        installments = java.util.List.copyOf(installments);
    }

    public boolean discounted() {
        return discount.isPositive();
    }
}
