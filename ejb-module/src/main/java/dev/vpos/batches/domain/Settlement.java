package dev.vpos.batches.domain;

import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the bank keeps and when the rest arrives: commission, net amount and value date. */
public record Settlement(Money commission, Money net, LocalDate valueDate) {

    /** Commission = gross × rate% (half-up at the currency's scale); value date = transaction date + blocked days. */
    public static Settlement of(Money gross, BigDecimal commissionRatePercent, LocalDate transactionDate, int blockedDays) {
        Money commission = gross.percent(commissionRatePercent);
        return new Settlement(commission, gross.minus(commission), transactionDate.plusDays(blockedDays));
    }
}
