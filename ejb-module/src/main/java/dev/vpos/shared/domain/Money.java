package dev.vpos.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, always at that currency's scale (2 for TRY/USD/EUR, 0 for JPY, 3 for KWD).
 * An amount with more decimals than its currency allows is rejected rather than silently rounded:
 * a card must never be charged a different amount than the one keyed in.
 */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        int scale = currencyScale(currency);
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
                    + currency + " allows (" + scale + ")");
        }
        amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    private static final java.util.regex.Pattern PLAIN_DECIMAL =
            java.util.regex.Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,6})?");

    /**
     * An amount as a client writes it: plain digits with an optional decimal point and decimals ({@code "1250.00"}).
     * No sign, exponent ({@code "1e3"}), spaces, grouping, {@code NaN} or {@code Infinity}: those are empty, so a
     * caller answers 400 on its field rather than charging what {@code new BigDecimal} would make of them.
     */
    public static java.util.Optional<BigDecimal> parsePlain(String text) {
        if (text == null || !PLAIN_DECIMAL.matcher(text).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new BigDecimal(text));
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, Currency.getInstance(currencyCode));
    }

    public static int currencyScale(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** A percentage of this amount, rounded half-up to the currency's scale. */
    public Money percent(BigDecimal rate) {
        BigDecimal value =
                amount.multiply(rate).divide(BigDecimal.valueOf(100), currencyScale(currency), RoundingMode.HALF_UP);
        return new Money(value, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
