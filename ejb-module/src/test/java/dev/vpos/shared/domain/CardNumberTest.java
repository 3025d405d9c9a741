package dev.vpos.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CardNumberTest {

    @Test
    void masksAsBinAndLastFourOnly() {
        CardNumber card = CardNumber.parse("4355 0843 5508 4358");

        assertEquals("435508******4358", card.masked());
        assertEquals("435508******4358", card.toString());
        assertFalse(card.toString().contains("4355084355084358"));
    }

    @Test
    void acceptsOnlyLuhnValidNumbersOfTwelveToNineteenDigits() {
        assertTrue(CardNumber.passesLuhn("4355084355084358"));
        assertThrows(IllegalArgumentException.class, () -> CardNumber.parse("4355084355084359"));
        assertThrows(IllegalArgumentException.class, () -> CardNumber.parse("12345"));
        assertThrows(IllegalArgumentException.class, () -> CardNumber.parse("4355-0843-5508-435a"));
        assertThrows(IllegalArgumentException.class, () -> CardNumber.parse(null));
    }

    @Test
    void detectsTheBrandFromTheLeadingDigits() {
        assertEquals(CardBrand.VISA, CardNumber.parse("4355084355084358").brand());
        assertEquals(CardBrand.MASTERCARD, CardNumber.parse("5401341234567891").brand());
        assertEquals(CardBrand.MASTERCARD, CardBrand.of("2221000000000009"));
        assertEquals(CardBrand.AMEX, CardBrand.of("378282246310005"));
        assertEquals(CardBrand.TROY, CardBrand.of("9792000000000001"));
    }

    @Test
    void expiryIsValidThroughTheEndOfItsMonth() {
        CardExpiry expiry = CardExpiry.parse("11/26");

        assertFalse(expiry.isExpiredAt(java.time.YearMonth.of(2026, 11)));
        assertTrue(expiry.isExpiredAt(java.time.YearMonth.of(2026, 12)));
        assertEquals("11/26", CardExpiry.parse("11/2026").mmSlashYy());
        assertThrows(IllegalArgumentException.class, () -> CardExpiry.parse("13/26"));
    }
}
