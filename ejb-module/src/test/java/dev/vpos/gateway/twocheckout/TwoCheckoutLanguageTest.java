package dev.vpos.gateway.twocheckout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The buy link asks 2Checkout for the payer's page language: the six languages of our payers, else English. */
class TwoCheckoutLanguageTest {

    @Test
    void theSixLanguagesPassAndEverythingElseIsEnglish() {
        for (String l : new String[] {"tr", "en", "ar", "el", "it", "ru"}) {
            assertEquals(l, TwoCheckoutBuyLink.language(l));
        }
        assertEquals("ar", TwoCheckoutBuyLink.language("ar-SA"));
        assertEquals("el", TwoCheckoutBuyLink.language("EL"));
        assertEquals("en", TwoCheckoutBuyLink.language("ja"));
        assertEquals("en", TwoCheckoutBuyLink.language(null));
    }
}
