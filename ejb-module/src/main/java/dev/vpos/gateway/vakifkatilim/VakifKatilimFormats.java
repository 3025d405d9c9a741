package dev.vpos.gateway.vakifkatilim;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** How Vakıf Katılım writes amounts, currencies, installments and expiry (mews/pos request mapper). */
final class VakifKatilimFormats {

    private VakifKatilimFormats() {}

    /** Integer minor units: 100.25 TRY → 10025. */
    static String amount(Money money) {
        return money.amount()
                .movePointRight(Money.currencyScale(money.currency()))
                .toBigIntegerExact()
                .toString();
    }

    /** ISO 4217 numeric, four digits in requests: TRY 0949 (answers may say 949). */
    static String currency(Money money) {
        return String.format("%04d", money.currency().getNumericCode());
    }

    /** The currency of a code the bank wrote ("949", "0949"). */
    static Optional<Currency> currencyOf(String code) {
        String c = code == null ? "" : code.trim();
        if (!c.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int numeric = Integer.parseInt(c);
        return Currency.getAvailableCurrencies().stream()
                .filter(cur -> cur.getNumericCode() == numeric)
                .findFirst();
    }

    /** A decimal amount the order queries write in major units ("9.30"), at the currency's scale. */
    static Optional<Money> money(String decimal, Currency currency) {
        try {
            BigDecimal value = new BigDecimal(decimal.trim()).setScale(Money.currencyScale(currency));
            return Optional.of(new Money(value, currency));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** "0" for a single payment, else the count. */
    static String installments(int count) {
        return count <= 1 ? "0" : Integer.toString(count);
    }

    static String expiryYear(CardExpiry expiry) {
        return String.format("%02d", expiry.month().getYear() % 100);
    }

    static String expiryMonth(CardExpiry expiry) {
        return String.format("%02d", expiry.month().getMonthValue());
    }
}
