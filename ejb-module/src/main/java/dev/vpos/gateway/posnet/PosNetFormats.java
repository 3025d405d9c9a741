package dev.vpos.gateway.posnet;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** How PosNet writes amounts, currencies, installments, expiry dates and order ids. */
final class PosNetFormats {

    static final int ORDER_ID_LENGTH = 20;
    /** The prefix PosNet puts before the XID of a 3-D order when it is referenced later (status, reverse, return). */
    static final String THREE_D_ORDER_PREFIX = "TDSC";

    private static final Map<String, String> CURRENCIES =
            Map.of("TRY", "TL", "USD", "US", "EUR", "EU", "GBP", "GB", "JPY", "JP", "RUB", "RU");

    private PosNetFormats() {}

    /** Minor units without a separator: 1.01 TL → {@code 101}, 100.25 → {@code 10025}. */
    static String amount(Money money) {
        return money.amount()
                .movePointRight(Money.currencyScale(money.currency()))
                .toBigIntegerExact()
                .toString();
    }

    /** Minor units back to an amount at the currency's scale; empty when the text is not a whole number. */
    static Optional<Money> money(String minorUnits, String posnetCurrency) {
        Optional<String> iso = isoCurrency(posnetCurrency);
        if (minorUnits == null || !minorUnits.matches("\\d{1,15}") || iso.isEmpty()) {
            return Optional.empty();
        }
        java.util.Currency currency = java.util.Currency.getInstance(iso.get());
        return Optional.of(
                new Money(new BigDecimal(minorUnits).movePointLeft(Money.currencyScale(currency)), currency));
    }

    /** PosNet's agreement answer writes amounts the Turkish way: {@code 1.234,56}. */
    static Optional<Money> reportedMoney(String turkishDecimal, String posnetCurrency) {
        Optional<String> iso = isoCurrency(posnetCurrency);
        if (turkishDecimal == null || !turkishDecimal.matches("\\d{1,3}(\\.?\\d{3})*(,\\d{1,3})?") || iso.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(turkishDecimal.replace(".", "").replace(',', '.'), iso.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code TL}, {@code US}, {@code EU}, ...; the currencies PosNet does not know are refused. */
    static String currency(Money money) {
        String code = CURRENCIES.get(money.currencyCode());
        if (code == null) {
            throw new IllegalArgumentException("PosNet does not take " + money.currencyCode());
        }
        return code;
    }

    static boolean supports(Money money) {
        return CURRENCIES.containsKey(money.currencyCode());
    }

    static Optional<String> isoCurrency(String posnetCode) {
        return CURRENCIES.entrySet().stream()
                .filter(e -> e.getValue().equals(posnetCode))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** {@code 00} for a single payment, else two digits: 3 → {@code 03}. */
    static String installments(int count) {
        return count <= 1 ? "00" : String.format("%02d", count);
    }

    /** {@code YYMM}. */
    static String expiry(CardExpiry expiry) {
        return String.format(
                "%02d%02d", expiry.month().getYear() % 100, expiry.month().getMonthValue());
    }

    /** The XID / orderID: exactly 20 characters, left-padded with {@code 0}; a longer id cannot be sent. */
    static String orderId(String ourOrderId) {
        if (ourOrderId.length() > ORDER_ID_LENGTH || !ourOrderId.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException(
                    "PosNet takes order ids of at most 20 letters, digits or _: " + ourOrderId);
        }
        return "0".repeat(ORDER_ID_LENGTH - ourOrderId.length()) + ourOrderId;
    }

    /** How a 3-D order is referenced after the payment: {@code TDSC} + the 20-character XID. */
    static String threeDOrderReference(String ourOrderId) {
        return THREE_D_ORDER_PREFIX + orderId(ourOrderId);
    }
}
