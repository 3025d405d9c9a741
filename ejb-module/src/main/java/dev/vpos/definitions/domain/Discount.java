package dev.vpos.definitions.domain;

import java.math.BigDecimal;

/** What a payer saves by paying with a definition: nothing, a percentage of the amount, or a fixed amount. */
public record Discount(Type type, BigDecimal value) {

    /** How the discount is computed. */
    public enum Type { NONE, PERCENT, FIXED }

    public static Discount none() {
        return new Discount(Type.NONE, BigDecimal.ZERO);
    }

    @Override
    public String toString() {
        return type == Type.NONE ? "none" : value.stripTrailingZeros().toPlainString() + (type == Type.PERCENT ? "%" : " fixed");
    }
}
