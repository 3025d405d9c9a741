package dev.vpos.gateway.payflex;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** How PayFlex writes amounts, currencies, installments, expiries and card brands. */
final class PayFlexFormats {

    /** The currencies VakıfBank's VPOS takes (ISO 4217 numeric). */
    private static final Map<String, String> CURRENCIES =
            Map.of("TRY", "949", "USD", "840", "EUR", "978", "GBP", "826");

    private PayFlexFormats() {}

    static boolean supports(Money money) {
        return CURRENCIES.containsKey(money.currencyCode());
    }

    /** Decimal with a dot and exactly two decimals: 1.01, 100.00. */
    static String amount(Money money) {
        return money.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** The MPI callback's {@code PurchAmount}: minor units without a separator (1.01 → 101). */
    static String minorUnits(Money money) {
        return money.amount()
                .setScale(2, RoundingMode.UNNECESSARY)
                .movePointRight(2)
                .toPlainString();
    }

    /** The currency of an ISO 4217 numeric code PayFlex takes ({@code 949} → TRY). */
    static Optional<Currency> currencyOf(String numeric) {
        return CURRENCIES.entrySet().stream()
                .filter(e -> e.getValue().equals(numeric))
                .map(e -> Currency.getInstance(e.getKey()))
                .findFirst();
    }

    static String currency(Money money) {
        String code = CURRENCIES.get(money.currencyCode());
        if (code == null) {
            throw new IllegalArgumentException("PayFlex takes TRY, USD, EUR and GBP only, not " + money.currencyCode());
        }
        return code;
    }

    /** {@code NumberOfInstallments}/{@code InstallmentCount}: omitted for a single payment. */
    static Optional<String> installments(int count) {
        return count > 1 ? Optional.of(Integer.toString(count)) : Optional.empty();
    }

    /** Provision {@code Expiry}: YYYYMM. */
    static String expiryLong(CardExpiry expiry) {
        return String.format(
                "%04d%02d", expiry.month().getYear(), expiry.month().getMonthValue());
    }

    /** Enrollment {@code ExpiryDate}: YYMM. */
    static String expiryShort(CardExpiry expiry) {
        return String.format(
                "%02d%02d", expiry.month().getYear() % 100, expiry.month().getMonthValue());
    }

    /** Enrollment {@code BrandName}: 100 Visa, 200 Mastercard, 300 Troy, 400 Amex; empty when none of them. */
    static Optional<String> brand(CardNumber card) {
        String d = card.digits();
        if (d.startsWith("9792")) {
            return Optional.of("300");
        }
        if (d.startsWith("4")) {
            return Optional.of("100");
        }
        if (d.startsWith("34") || d.startsWith("37")) {
            return Optional.of("400");
        }
        int first4 = Integer.parseInt(d.substring(0, 4));
        if ((first4 >= 5100 && first4 <= 5599) || (first4 >= 2221 && first4 <= 2720)) {
            return Optional.of("200");
        }
        return Optional.empty();
    }

    /** A decimal amount as the bank answered it, empty when it is not one. */
    static Optional<BigDecimal> parseAmount(String text) {
        if (text == null || !text.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }
}
