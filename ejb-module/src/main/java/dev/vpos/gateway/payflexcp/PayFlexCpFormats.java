package dev.vpos.gateway.payflexcp;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/** How Common Payment writes amounts, currencies, installments, expiries and card brands. */
final class PayFlexCpFormats {

    /** The currencies VakıfBank takes (ISO 4217 numeric, {@code AmountCode}). */
    private static final Map<String, String> CURRENCIES =
            Map.of("TRY", "949", "USD", "840", "EUR", "978", "GBP", "826");

    private PayFlexCpFormats() {}

    static boolean supports(Money money) {
        return CURRENCIES.containsKey(money.currencyCode());
    }

    static String currency(Money money) {
        String code = CURRENCIES.get(money.currencyCode());
        if (code == null) {
            throw new IllegalArgumentException(
                    "PayFlex CP takes TRY, USD, EUR and GBP only, not " + money.currencyCode());
        }
        return code;
    }

    /** {@code Amount} of a registration or a VPOS request: a dot and two decimals (10.10). */
    static String amount(Money money) {
        return money.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** {@code InstallmentCount}: 0 for a single payment (mews/pos's mapping), else the count. */
    static String installments(int count) {
        return count > 1 ? Integer.toString(count) : "0";
    }

    /** An installment count as the inquiry answers it: empty or 0 is a single payment. */
    static int installmentsOf(String text) {
        return text == null || text.isBlank() || !text.matches("\\d{1,2}") ? 1 : Math.max(1, Integer.parseInt(text));
    }

    static String expiryMonth(CardExpiry expiry) {
        return String.format("%02d", expiry.month().getMonthValue());
    }

    static String expiryYear(CardExpiry expiry) {
        return Integer.toString(expiry.month().getYear());
    }

    /** {@code BrandNumber}: 100 Visa, 200 Mastercard, 300 Troy, 400 Amex; empty when none of them. */
    static String brand(CardNumber card) {
        String d = card.digits();
        if (d.startsWith("9792")) {
            return "300";
        }
        if (d.startsWith("4")) {
            return "100";
        }
        if (d.startsWith("34") || d.startsWith("37")) {
            return "400";
        }
        int first4 = Integer.parseInt(d.substring(0, 4));
        if ((first4 >= 5100 && first4 <= 5599) || (first4 >= 2221 && first4 <= 2720)) {
            return "200";
        }
        return "";
    }

    /**
     * An amount as the bank answers it: the inquiry writes a decimal comma ({@code 1,01} in mews/pos's fixture), the
     * VPOS a dot; empty when it is neither.
     */
    static Optional<BigDecimal> parseAmount(String text) {
        if (text == null || !text.matches("\\d{1,12}([.,]\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }
}
