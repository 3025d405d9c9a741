package dev.vpos.definitions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiscountTest {

    @Test
    void percentIsRoundedHalfUpAtTheCurrencyScale() {
        assertEquals(
                Money.of("3.09", "TRY"),
                new Discount(Discount.Type.PERCENT, new BigDecimal("2.5")).on(Money.of("123.45", "TRY")));
        assertEquals(
                Money.of("3", "JPY"),
                new Discount(Discount.Type.PERCENT, new BigDecimal("2.5")).on(Money.of("123", "JPY")));
    }

    @Test
    void fixedIsTakenAsConfigured() {
        assertEquals(
                Money.of("5.00", "USD"),
                new Discount(Discount.Type.FIXED, new BigDecimal("5")).on(Money.of("100.00", "USD")));
    }

    @Test
    void noneAndDiscountsThatWouldMakeThePaymentFreeGiveNothing() {
        assertEquals(Money.of("0.00", "USD"), Discount.none().on(Money.of("100.00", "USD")));
        assertEquals(
                Money.of("0.00", "USD"),
                new Discount(Discount.Type.FIXED, new BigDecimal("100")).on(Money.of("100.00", "USD")));
        assertEquals(
                Money.of("0.00", "USD"),
                new Discount(Discount.Type.PERCENT, new BigDecimal("100")).on(Money.of("100.00", "USD")));
    }
}
