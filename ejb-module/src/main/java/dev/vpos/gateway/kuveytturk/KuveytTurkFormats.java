package dev.vpos.gateway.kuveytturk;

import dev.vpos.shared.domain.CardBrand;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;

/** How KuveytTürk writes amounts, currencies, installments, expiry and card types. */
final class KuveytTurkFormats {

    private KuveytTurkFormats() {}

    /** Integer minor units: 100.25 TRY → 10025. */
    static String amount(Money money) {
        return money.amount()
                .movePointRight(Money.currencyScale(money.currency()))
                .toBigIntegerExact()
                .toString();
    }

    /** ISO 4217 numeric, four digits in requests: TRY 0949, USD 0840, EUR 0978 (answers may say 949). */
    static String currency(Money money) {
        return String.format("%04d", money.currency().getNumericCode());
    }

    /** The bank's currency code normalised to four digits ("949" → "0949"). */
    static String normalizedCurrency(String code) {
        String c = code == null ? "" : code.trim();
        return c.matches("\\d{1,4}") ? "0".repeat(4 - c.length()) + c : c;
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

    static String cardType(CardBrand brand) {
        return switch (brand) {
            case VISA -> "Visa";
            case MASTERCARD -> "MasterCard";
            case TROY -> "Troy";
            default -> "";
        };
    }
}
