package dev.vpos.gateway.tosla;

import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Tosla's formats: amounts as integers in minor units ({@code 1.01 TRY → 101}), currencies by ISO 4217 number as an
 * integer ({@code 949}), a single payment as installment count {@code 0}.
 */
final class ToslaFormats {

    private ToslaFormats() {}

    static long amount(Money money) {
        return money.amount()
                .setScale(Money.currencyScale(money.currency()))
                .movePointRight(Money.currencyScale(money.currency()))
                .longValueExact();
    }

    static BigDecimal amountOf(long minorUnits, Currency currency) {
        int scale = Money.currencyScale(currency);
        return BigDecimal.valueOf(minorUnits).movePointLeft(scale).setScale(scale);
    }

    static int currency(Money money) {
        return money.currency().getNumericCode();
    }

    static Optional<Currency> currencyOf(String numeric) {
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> Integer.toString(c.getNumericCode()).equals(numeric))
                .findFirst();
    }

    static int installments(int count) {
        return count > 1 ? count : 0;
    }
}
