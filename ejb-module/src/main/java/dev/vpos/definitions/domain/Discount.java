package dev.vpos.definitions.domain;

import java.math.BigDecimal;

/** What a payer saves by paying with a definition: nothing, a percentage of the amount, or a fixed amount. */
public record Discount(Type type, BigDecimal value) {

    /** How the discount is computed. */
    public enum Type {
        NONE,
        PERCENT,
        FIXED
    }

    /**
     * What the payer saves on {@code amount}: the percentage (half-up at the currency's scale) or the fixed amount.
     * A discount that would leave nothing to pay is not granted (a misconfigured method never makes a payment free).
     */
    public dev.vpos.shared.domain.Money on(dev.vpos.shared.domain.Money amount) {
        dev.vpos.shared.domain.Money zero = dev.vpos.shared.domain.Money.of(BigDecimal.ZERO, amount.currencyCode());
        dev.vpos.shared.domain.Money off = switch (type) {
            case NONE -> zero;
            case PERCENT -> amount.percent(value);
            case FIXED ->
                dev.vpos.shared.domain.Money.of(
                        value.setScale(
                                dev.vpos.shared.domain.Money.currencyScale(amount.currency()),
                                java.math.RoundingMode.HALF_UP),
                        amount.currencyCode());
        };
        return off.isPositive() && amount.isGreaterThan(off) ? off : zero;
    }

    public static Discount none() {
        return new Discount(Type.NONE, BigDecimal.ZERO);
    }

    @Override
    public String toString() {
        return type == Type.NONE
                ? "none"
                : value.stripTrailingZeros().toPlainString() + (type == Type.PERCENT ? "%" : " fixed");
    }
}
