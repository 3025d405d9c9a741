package dev.vpos.gateway.vakifkatilim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Vakıf Katılım's request hash is the crypt mews/pos's VakifKatilimPos shares with KuveytPos ({@code KuveytPosCrypt}):
 * its published vectors (KuveytPosCryptTest: merchant 80, user apiuser, password Api123).
 */
class VakifKatilimHashTest {

    private static final String HASHED = VakifKatilimHash.sha1Base64("Api123");

    @Test
    void theHashedPasswordIsBase64OfSha1() {
        assertEquals("QL0AFWMIX8NRZTKeof9cXsvbvu8=", VakifKatilimHash.sha1Base64("123"));
        assertEquals("c77dFssAnYSy6O2MJo+5tMYtGVc=", HASHED);
    }

    @Test
    void aRequestWithoutUrlsHashesMerchantOrderAmountAndUser() {
        assertEquals(
                "Bf+hZf2c1gf1pTXnEaSGxDpGRr0=",
                VakifKatilimHash.request("80", "ORDER-123", "7256", "", "", "apiuser", HASHED));
    }

    @Test
    void theEnrollmentHashesItsOkAndFailUrlsToo() {
        assertEquals(
                "P3a0zjAklu2g8XDJfTx2qvwHH8g=",
                VakifKatilimHash.request(
                        "80",
                        "ORDER-123",
                        "7256",
                        "http://localhost:44785/Home/Success",
                        "http://localhost:44785/Home/Fail",
                        "apiuser",
                        HASHED));
    }

    @Test
    void comparingNeedsTheWholeHash() {
        String h = VakifKatilimHash.answer("O-1", "", "00", "0", HASHED);
        assertTrue(VakifKatilimHash.matches(h, h));
        assertFalse(VakifKatilimHash.matches(h, h.substring(1)));
        assertFalse(VakifKatilimHash.matches(h, ""));
        assertFalse(VakifKatilimHash.matches(h, null));
    }
}
