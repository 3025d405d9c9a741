package dev.vpos.gateway.param;

import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Param's formats: a payment's amount with a decimal comma and no grouping ({@code 1000,01}: error -112 "do not use
 * dot"); the cancel/refund {@code Tutar} is an xs:double, written with a dot ({@code 10.01}); installments {@code 1}
 * for a single payment; the card's month {@code MM} and year {@code YYYY}. Only Turkish lira goes through
 * {@code TP_WMD_UCD}; a sale in US dollars, euros or pounds goes through {@code TP_Islem_Odeme_WD}
 * ({@link #FOREIGN}).
 */
final class ParamFormats {

    static final String LIRA = "TRY";

    /** {@code TP_Islem_Odeme_WD}'s {@code Doviz_Kodu}: 1001 USD, 1002 EUR, 1003 GBP (1000 TRY goes TP_WMD_UCD). */
    static final java.util.Map<String, Integer> FOREIGN = java.util.Map.of("USD", 1001, "EUR", 1002, "GBP", 1003);

    private ParamFormats() {}

    static String commaAmount(Money amount) {
        return plain(amount.amount()).replace('.', ',');
    }

    static String dotAmount(Money amount) {
        return plain(amount.amount());
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    static String installments(int installments) {
        return Integer.toString(Math.max(installments, 1));
    }

    /** Param's amounts as it answers them: {@code 10.01}, {@code 10,01}, {@code 1.000,01}; empty when unreadable. */
    static java.util.Optional<BigDecimal> readAmount(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        String t = text.trim();
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.');
        }
        try {
            return java.util.Optional.of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
