package dev.vpos.definitions.domain;

import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The installment commission passed on to the payer. The payer is charged the amount grossed up so that what the bank
 * keeps of the charge (rate % of it plus the fixed fee) is what the payer paid above the amount:
 *
 * <pre>charged = (amount + fixedFee) / (1 - rate / 100)</pre>
 *
 * rounded <b>up</b> at the currency's scale (so the merchant's net is never below the amount; the payer pays at most
 * one minor unit more than the exact value), and {@code surcharge = charged - amount}. Rate 0 and fee 0: no surcharge.
 */
public final class PassedOnCommission {

    private PassedOnCommission() {}

    /**
     * @param rate percent, below 100 (the definitions' validator refuses 100 for a count passed on)
     * @param fixedFee in the amount's currency, at most 4 decimals
     */
    public static Money surcharge(Money amount, BigDecimal rate, BigDecimal fixedFee) {
        if (rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("a commission of " + rate + "% cannot be passed on");
        }
        int scale = Money.currencyScale(amount.currency());
        BigDecimal keptShare = BigDecimal.ONE.subtract(rate.movePointLeft(2));
        BigDecimal charged = amount.amount()
                .add(fixedFee)
                .divide(keptShare, MathContext.DECIMAL128)
                .setScale(scale, RoundingMode.CEILING);
        return Money.of(charged.subtract(amount.amount()), amount.currencyCode());
    }

    /** What the payer is charged for {@code amount}: the amount and the surcharge. */
    public static Money charged(Money amount, BigDecimal rate, BigDecimal fixedFee) {
        return amount.plus(surcharge(amount, rate, fixedFee));
    }
}
