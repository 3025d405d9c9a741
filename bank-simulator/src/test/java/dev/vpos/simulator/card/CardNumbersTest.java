package dev.vpos.simulator.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CardNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4355084355084358",
                "5401341234567891",
                "4546711234567894",
                "4508034508034509",
                "4000000000000002",
                "4111111111111111",
                "9792030000000000"
            })
    void everyDocumentedTestCardPassesLuhn(String pan) {
        assertTrue(CardNumbers.passesLuhn(pan), pan);
        assertTrue(CardNumbers.wellFormed(pan), pan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4355084355084359", "5555444433332222", "4000000000000001", "1234567812345678"})
    void aWrongCheckDigitFailsLuhn(String pan) {
        assertFalse(CardNumbers.passesLuhn(pan), pan);
        assertFalse(CardNumbers.wellFormed(pan), pan);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "40000000002",
                "40000000000000000006",
                "4355 0843 5508 4358",
                "4355-0843-5508-4358",
                "435508435508435a"
            })
    void aCardNumberIsTwelveToNineteenDigitsAndNothingElse(String pan) {
        assertFalse(CardNumbers.wellFormed(pan));
    }

    @ParameterizedTest
    @ValueSource(strings = {"400000000002", "4000000000000000006"})
    void twelveAndNineteenDigitsAreAcceptedLengths(String pan) {
        assertTrue(CardNumbers.wellFormed(pan), pan);
    }

    @ParameterizedTest
    @CsvSource({
        "4355084355084358, 435508******4358",
        "400000000002, 400000**0002",
        "4000000000000000006, 400000*********0006"
    })
    void maskingKeepsOnlyTheFirstSixAndLastFourDigits(String pan, String masked) {
        assertEquals(masked, CardNumbers.mask(pan));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "12345678901"})
    void somethingShorterThanACardNumberIsMaskedEntirely(String text) {
        assertEquals("****", CardNumbers.mask(text));
    }

    @ParameterizedTest
    @CsvSource({
        "4355084355084358, VISA",
        "5401341234567891, MASTERCARD",
        "2221000000000009, MASTERCARD",
        "371449635398431, AMEX",
        "9792030000000000, TROY",
        "6011000990139424, ''"
    })
    void theBrandFollowsTheCardPrefix(String pan, String brand) {
        assertEquals(brand, CardNumbers.brand(pan));
    }
}
