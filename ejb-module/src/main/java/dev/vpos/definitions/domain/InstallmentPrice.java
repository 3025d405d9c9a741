package dev.vpos.definitions.domain;

import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an installment count costs the payer for an amount: the surcharge above it (zero unless the plan passes its
 * commission on), the total charged (amount + surcharge) and a month's share: the total divided by the count, rounded
 * half-up at the currency's scale (the bank books the total; the split is for the payer's information).
 */
public record InstallmentPrice(int installments, Money perMonth, Money total, Money surcharge) {

    public static InstallmentPrice of(Money amount, InstallmentPlan plan) {
        Money surcharge = plan.surchargeOn(amount);
        Money total = amount.plus(surcharge);
        BigDecimal perMonth = total.amount()
                .divide(
                        BigDecimal.valueOf(plan.installments()),
                        Money.currencyScale(total.currency()),
                        RoundingMode.HALF_UP);
        return new InstallmentPrice(plan.installments(), Money.of(perMonth, total.currencyCode()), total, surcharge);
    }
}
