package dev.vpos.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTheCurrencysScale() {
        assertEquals("10.50", Money.of("10.5", "TRY").amount().toPlainString());
        assertEquals("100", Money.of("100", "JPY").amount().toPlainString());
        assertEquals("1.250", Money.of("1.25", "KWD").amount().toPlainString());
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyAllowsInsteadOfRounding() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("10.505", "TRY"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("100.5", "JPY"));
    }

    @Test
    void percentRoundsHalfUpAtTheCurrencysScale() {
        assertEquals(Money.of("21.88", "TRY"), Money.of("1250.00", "TRY").percent(new BigDecimal("1.75")));
        assertEquals(Money.of("0.01", "TRY"), Money.of("0.50", "TRY").percent(new BigDecimal("1.00")));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "TRY").minus(Money.of("1", "USD")));
    }
}
