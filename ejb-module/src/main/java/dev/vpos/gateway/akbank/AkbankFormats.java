package dev.vpos.gateway.akbank;

import dev.vpos.shared.domain.Money;
import java.util.Currency;
import java.util.Optional;

/**
 * Akbank's formats: amounts as decimal text at the currency's scale with a dot ({@code "100.25"}), currencies by ISO
 * number (an integer in the API, text in the 3-D form), installments {@code 1} for a single payment, expiry MMYY,
 * language TR / EN.
 */
final class AkbankFormats {

    private AkbankFormats() {}

    static String amount(Money money) {
        return money.amount().setScale(Money.currencyScale(money.currency())).toPlainString();
    }

    static int currency(Money money) {
        return money.currency().getNumericCode();
    }

    static Optional<Currency> currencyOf(String numeric) {
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> Integer.toString(c.getNumericCode()).equals(numeric))
                .findFirst();
    }

    static int installments(int count) {
        return Math.max(count, 1);
    }

    static String language(String lang) {
        return "en".equalsIgnoreCase(lang) ? "EN" : "TR";
    }
}
