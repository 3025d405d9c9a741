package dev.vpos.gateway.stripe;

import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Stripe's amounts: an integer in the currency's smallest unit (150.00 TRY is {@code 15000}, 500 JPY is {@code 500},
 * 1.250 KWD is {@code 1250}) and the currency as a lower-case ISO code. The exponent is the currency's scale in
 * {@link Money}.
 */
final class StripeAmounts {

    private StripeAmounts() {}

    static long minor(Money money) {
        return money.amount()
                .movePointRight(Money.currencyScale(money.currency()))
                .longValueExact();
    }

    static String currency(Money money) {
        return money.currencyCode().toLowerCase(Locale.ROOT);
    }

    /** Stripe's minor units back to money; empty-handed (null) for an unknown currency. */
    static Money money(long minor, String currency) {
        try {
            Currency c = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
            return Money.of(BigDecimal.valueOf(minor, Money.currencyScale(c)), c.getCurrencyCode());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
