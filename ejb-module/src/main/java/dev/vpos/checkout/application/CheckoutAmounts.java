package dev.vpos.checkout.application;

import dev.vpos.shared.domain.FieldError;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * A checkout session's amount and currency, read as {@code POST /collections} reads them (issue #13): an ISO 4217
 * code of three capitals that names a real currency (not the codes for "no currency", test or precious metals), and
 * a plain positive decimal with at most the currency's decimals. Each problem is a field error on its field.
 */
final class CheckoutAmounts {

    /** ISO 4217 codes that are not money one can be charged in. */
    private static final java.util.Set<String> NOT_MONEY =
            java.util.Set.of("XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA");

    private CheckoutAmounts() {}

    static Money amount(String amount, String currencyCode, List<FieldError> errors) {
        Currency currency = currency(currencyCode, errors);
        BigDecimal value = Money.parsePlain(amount).orElse(null);
        if (value == null || value.signum() <= 0) {
            errors.add(FieldError.of("amount", "amount.positive"));
            return null;
        }
        if (currency == null) {
            return null;
        }
        int scale = Money.currencyScale(currency);
        if (value.stripTrailingZeros().scale() > scale) {
            errors.add(FieldError.of("amount", "amount.scale", scale, currency.getCurrencyCode()));
            return null;
        }
        return new Money(value, currency);
    }

    private static Currency currency(String code, List<FieldError> errors) {
        if (code == null || !code.matches("[A-Z]{3}") || NOT_MONEY.contains(code)) {
            errors.add(FieldError.of("currency", "currency.unknown", String.valueOf(code)));
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("currency", "currency.unknown", code));
            return null;
        }
    }
}
