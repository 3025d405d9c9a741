package dev.vpos.gateway.garanti;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** How Garanti writes amounts (always hundredths, no separator), currencies, installments and expiry dates. */
final class GarantiFormats {

    private GarantiFormats() {}

    /** Hundredths without separator: 100.25 → 10025, 1.01 → 101 (Garanti multiplies by 100 for every currency). */
    static String amount(Money money) {
        return money.amount().movePointRight(2).toBigIntegerExact().toString();
    }

    /** ISO 4217 numeric, three digits: TRY 949, USD 840, EUR 978. */
    static String currency(Money money) {
        return String.format("%03d", money.currency().getNumericCode());
    }

    /** Empty for a single payment, else the count. */
    static String installments(int count) {
        return count <= 1 ? "" : Integer.toString(count);
    }

    /** {@code ExpireDate}: MMYY. */
    static String expiry(CardExpiry expiry) {
        return String.format(
                "%02d%02d", expiry.month().getMonthValue(), expiry.month().getYear() % 100);
    }

    static String expiryMonth(CardExpiry expiry) {
        return String.format("%02d", expiry.month().getMonthValue());
    }

    static String expiryYear(CardExpiry expiry) {
        return String.format("%02d", expiry.month().getYear() % 100);
    }

    /** An amount in hundredths as the bank reports it, in the currency with that numeric code. */
    static Optional<Money> money(String hundredths, String numericCurrency) {
        if (hundredths == null || !hundredths.matches("\\d{1,15}")) {
            return Optional.empty();
        }
        Currency currency = currencyOf(numericCurrency).orElse(Currency.getInstance("TRY"));
        BigDecimal value = new BigDecimal(hundredths).movePointLeft(2);
        try {
            return Optional.of(new Money(value, currency));
        } catch (IllegalArgumentException moreDecimalsThanTheCurrencyHas) {
            return Optional.empty();
        }
    }

    static Optional<Currency> currencyOf(String numeric) {
        if (numeric == null || !numeric.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int code = Integer.parseInt(numeric);
        if (code == 949) {
            return Optional.of(Currency.getInstance("TRY"));
        }
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getNumericCode() == code)
                .findFirst();
    }
}
