package dev.vpos.collection.application;

import dev.vpos.definitions.domain.VposDefinition;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;

/**
 * The surcharge a sale carries: the chosen definition's plan for the sale's installment count, when it passes its
 * commission on to the payer, on the sale's amount (the document amount, after the hosted page's discount).
 */
final class Surcharges {

    private Surcharges() {}

    static Money of(VposDefinition definition, ValidSale sale) {
        return definition
                .plan(sale.installments())
                .map(p -> p.surchargeOn(sale.amount()))
                .orElse(Money.of(BigDecimal.ZERO, sale.amount().currencyCode()));
    }
}
