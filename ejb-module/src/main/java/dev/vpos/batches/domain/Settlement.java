package dev.vpos.batches.domain;

import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** What the bank keeps and when the rest arrives: commission, net amount and value date. */
public record Settlement(Money commission, Money net, LocalDate valueDate) {

    /**
     * Commission = gross × rate% (half-up at the currency's scale) + the fixed fee (in the gross's currency, half-up);
     * value date = transaction date + blocked days.
     */
    public static Settlement of(
            Money gross,
            BigDecimal commissionRatePercent,
            BigDecimal fixedFee,
            LocalDate transactionDate,
            int blockedDays) {
        Money fee = new Money(
                fixedFee.setScale(Money.currencyScale(gross.currency()), RoundingMode.HALF_UP), gross.currency());
        Money commission = gross.percent(commissionRatePercent).plus(fee);
        return new Settlement(commission, gross.minus(commission), transactionDate.plusDays(blockedDays));
    }
}
