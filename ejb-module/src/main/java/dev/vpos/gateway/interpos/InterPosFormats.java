package dev.vpos.gateway.interpos;

import dev.vpos.shared.domain.CardBrand;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * InterPOS formats. Requests: amounts as decimal text with a dot at the currency's scale ({@code "100.25"}),
 * currencies by ISO number ({@code 949}), installments empty for a single payment, expiry MMYY, {@code CardType} 0 Visa,
 * 1 Mastercard, 2 Amex, 3 Troy, language {@code tr}/{@code en}. Answers and callbacks write amounts the Turkish way
 * ({@code "1,01"}, and possibly {@code "1.000,50"}): dots are thousands separators and the comma the decimal point.
 */
final class InterPosFormats {

    private InterPosFormats() {}

    static String amount(Money money) {
        return money.amount().setScale(Money.currencyScale(money.currency())).toPlainString();
    }

    static String currency(Money money) {
        return Integer.toString(money.currency().getNumericCode());
    }

    static Optional<Currency> currencyOf(String numeric) {
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> Integer.toString(c.getNumericCode()).equals(numeric))
                .findFirst();
    }

    static String installments(int count) {
        return count > 1 ? Integer.toString(count) : "";
    }

    static String expiry(CardExpiry expiry) {
        return expiry.mmSlashYy().replace("/", "");
    }

    static String cardType(CardNumber card) {
        CardBrand brand = card.brand();
        return switch (brand) {
            case VISA -> "0";
            case MASTERCARD -> "1";
            case AMEX -> "2";
            case TROY -> "3";
            default -> "";
        };
    }

    static String language(String lang) {
        return "en".equalsIgnoreCase(lang) ? "en" : "tr";
    }

    /** An amount as the bank writes it back ({@code "1,01"}, {@code "320"}); empty when it is not one. */
    static Optional<BigDecimal> answeredAmount(String text) {
        if (text == null || !text.matches("\\d{1,3}(\\.?\\d{3})*(,\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(".", "").replace(',', '.')));
    }
}
