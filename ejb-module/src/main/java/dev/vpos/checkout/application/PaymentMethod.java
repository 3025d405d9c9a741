package dev.vpos.checkout.application;

import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.shared.domain.Money;

/**
 * One way the payer can pay a checkout session: a definition of the company whose currencies and limits fit, with
 * what its discount takes off and what is charged.
 *
 * @param limitsHold whether the definition's minimum and maximum hold for {@code payable}
 * @param asksCard whether our page takes the card (false when the bank's or provider's page does: 3D Host)
 * @param installmentCounts the installment counts the definition offers, ascending (1 always among them)
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
        java.util.List<Integer> installmentCounts) {

    public PaymentMethod {
        installmentCounts = installmentCounts == null ? java.util.List.of(1) : java.util.List.copyOf(installmentCounts);
    }

    public boolean discounted() {
        return discount.isPositive();
    }
}
