package dev.vpos.savedcards.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SavedCardRulesTest {

    @Test
    void aCardIsOfferedUntilTheEndOfItsExpiryMonth() {
        YearMonth nov2026 = YearMonth.of(2026, 11);

        assertFalse(SavedCards.expired("11/26", nov2026));
        assertFalse(SavedCards.expired("01/27", nov2026));
        assertTrue(SavedCards.expired("10/26", nov2026));
        assertTrue(SavedCards.expired("12/25", nov2026));
        assertFalse(SavedCards.expired(null, nov2026), "an unknown expiry is not held against the card");
        assertFalse(SavedCards.expired("2611", nov2026));
    }

    @Test
    void theSameTokenOnTheSameDefinitionHasTheSameDigestAndTheDigestIsNotTheToken() {
        String token = "1041333312721BC752C1AB7743D0821AA1C9CA09";

        assertEquals(SavedCardSeal.digest(30, token), SavedCardSeal.digest(30, token));
        assertNotEquals(SavedCardSeal.digest(30, token), SavedCardSeal.digest(31, token), "bound to the definition");
        assertEquals(64, SavedCardSeal.digest(30, token).length());
        assertFalse(SavedCardSeal.digest(30, token).toUpperCase().contains(token));
        assertEquals("saved-card:30", SavedCardSeal.purpose(30));
    }

    @Test
    void thePayerSeesTheBrandAndTheLastFourDigitsOnly() {
        SavedCardView v = new SavedCardView(1, 1, 1, 30, "MYPOS", "4444", "MASTERCARD", "11/29", null, null);

        assertEquals("MASTERCARD ending 4444", v.label());
        assertEquals(
                "Card ending 4444", new SavedCardView(1, 1, 1, 30, "MYPOS", "4444", null, null, null, null).label());
    }
}
