package dev.vpos.gateway.payfor;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** How PayFor writes amounts, currencies, installments, expiry dates and languages. */
final class PayForFormats {

    private PayForFormats() {}

    /** Decimal with a dot at the currency's scale: 100.25, 1.01. */
    static String amount(Money money) {
        return money.amount().toPlainString();
    }

    /** ISO 4217 numeric, three digits: TRY 949, USD 840, EUR 978. */
    static String currency(Money money) {
        return String.format("%03d", money.currency().getNumericCode());
    }

    /** {@code 0} for a single payment, else the count. */
    static String installments(int count) {
        return count <= 1 ? "0" : Integer.toString(count);
    }

    /** MMYY. */
    static String expiry(CardExpiry expiry) {
        return String.format(
                "%02d%02d", expiry.month().getMonthValue(), expiry.month().getYear() % 100);
    }

    static String language(String language) {
        return "en".equalsIgnoreCase(language) ? "EN" : "TR";
    }

    /** The currency with this ISO numeric code ({@code 949} → TRY). */
    static Optional<Currency> currencyOf(String numeric) {
        if (!numeric.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int code = Integer.parseInt(numeric);
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getNumericCode() == code)
                .min(java.util.Comparator.comparing(Currency::getCurrencyCode));
    }

    /** The amount the bank wrote, when it is a plain decimal. */
    static Optional<BigDecimal> parseAmount(String text) {
        return text.matches("\\d{1,12}(\\.\\d{1,4})?") ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }
}
