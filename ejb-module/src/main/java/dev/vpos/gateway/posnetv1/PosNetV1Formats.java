package dev.vpos.gateway.posnetv1;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * PosNet V1's formats: amounts as integers in minor units ({@code 1.75 TRY → 175}; text in the 3-D form), currencies
 * by PosNet's letters ({@code TL}, {@code US}, {@code EU}, {@code GB}, {@code JP}, {@code RU}), installments
 * {@code "0"} for a single payment, expiry YYMM, order ids left-padded with {@code 0} to 20 characters; a 3-D order is
 * referred to later (status, cancel, refund) as {@code TDS_} + those 20 characters. The inquiry's amounts come back
 * the Turkish way ({@code "1,75"}).
 */
final class PosNetV1Formats {

    static final String THREE_D_PREFIX = "TDS_";
    private static final Map<String, String> LETTERS =
            Map.of("TRY", "TL", "USD", "US", "EUR", "EU", "GBP", "GB", "JPY", "JP", "RUB", "RU");

    private PosNetV1Formats() {}

    static long amount(Money money) {
        return money.amount()
                .movePointRight(Money.currencyScale(money.currency()))
                .longValueExact();
    }

    static String currency(Money money) {
        return LETTERS.getOrDefault(money.currencyCode(), money.currencyCode());
    }

    static Optional<Currency> currencyOf(String letters) {
        return LETTERS.entrySet().stream()
                .filter(e -> e.getValue().equals(letters) || e.getKey().equals(letters))
                .map(e -> Currency.getInstance(e.getKey()))
                .findFirst();
    }

    static String installments(int count) {
        return count > 1 ? Integer.toString(count) : "0";
    }

    static String expiry(CardExpiry expiry) {
        String mmYy = expiry.mmSlashYy();
        return mmYy.substring(3) + mmYy.substring(0, 2);
    }

    static String orderId(String ours) {
        if (ours.length() > 20) {
            throw new IllegalArgumentException("PosNet V1 order ids have at most 20 characters: " + ours);
        }
        return "0".repeat(20 - ours.length()) + ours;
    }

    static String threeDOrderId(String ours) {
        return THREE_D_PREFIX + orderId(ours);
    }

    static String language(String lang) {
        return "en".equalsIgnoreCase(lang) ? "en" : "tr";
    }

    /** An inquiry amount ({@code "1,75"}, {@code "1.000,50"}); empty when it is not one. */
    static Optional<BigDecimal> answeredAmount(String text) {
        if (text == null || !text.matches("\\d{1,3}(\\.?\\d{3})*(,\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(".", "").replace(',', '.')));
    }
}
