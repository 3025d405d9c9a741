package dev.vpos.gateway.kuveytturk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Request vectors from mewebstudio/pos tests/Unit/Crypt/KuveytPosCryptTest (merchant 80, apiuser, password Api123);
 * response vectors from the HashData values in mewebstudio/pos tests/Unit/DataMapper/ResponseDataMapper/
 * KuveytPosResponseDataMapperTest (cases success1, 3d_auth_success_payment_fail_1, success_tdv2), recomputed here.
 */
class KuveytTurkHashTest {

    private static final String HASHED_API123_CAPITAL = "c77dFssAnYSy6O2MJo+5tMYtGVc=";

    @Test
    void hashedPasswordIsBase64OfSha1() {
        assertEquals("QL0AFWMIX8NRZTKeof9cXsvbvu8=", KuveytTurkHash.sha1Base64("123"));
        assertEquals(HASHED_API123_CAPITAL, KuveytTurkHash.sha1Base64("Api123"));
    }

    @Test
    void requestHashOfANonThreeDPayment() {
        assertEquals(
                "Bf+hZf2c1gf1pTXnEaSGxDpGRr0=",
                KuveytTurkHash.request("80", "ORDER-123", "7256", "", "", "apiuser", HASHED_API123_CAPITAL));
    }

    @Test
    void requestHashOfAThreeDEnrollmentIncludesTheUrls() {
        assertEquals(
                "P3a0zjAklu2g8XDJfTx2qvwHH8g=",
                KuveytTurkHash.request(
                        "80",
                        "ORDER-123",
                        "7256",
                        "http://localhost:44785/Home/Success",
                        "http://localhost:44785/Home/Fail",
                        "apiuser",
                        HASHED_API123_CAPITAL));
    }

    @Test
    void responseHashOfAPaymentAnswerIncludesTheRrn() {
        assertEquals(
                "I7H/6nwfydM6VcwXsl82mqeC83o=",
                KuveytTurkHash.response("660723214", "904115005554", "00", "4480", HASHED_API123_CAPITAL));
        assertEquals(
                "N7zs7LHEy3lx6N2nb0FUG2UcnUw=",
                KuveytTurkHash.response(
                        "2024042111A0", "411219539222", "00", "155767806", KuveytTurkHash.sha1Base64("api123")));
    }

    @Test
    void responseHashOfAThreeDCallbackHasNoRrn() {
        assertEquals(
                "dlO20ZLqs4W5FfgY0VmUSBUpwoM=",
                KuveytTurkHash.response("2024042111A0", "", "00", "155767806", KuveytTurkHash.sha1Base64("api123")));
        assertEquals(
                "mOw0JGvy1JVWqDDmFyaDTvKz9Fk=",
                KuveytTurkHash.response("MP-15", "", "00", "86483278", "Hiorgg24rNeRdHUvMCg//mOJn4U="));
    }

    @Test
    void comparisonNeedsTheWholeHash() {
        assertTrue(KuveytTurkHash.matches("dlO20ZLqs4W5FfgY0VmUSBUpwoM=", "dlO20ZLqs4W5FfgY0VmUSBUpwoM="));
        assertFalse(KuveytTurkHash.matches("dlO20ZLqs4W5FfgY0VmUSBUpwoM=", "dlO20ZLqs4W5FfgY0VmUSBUpwoN="));
        assertFalse(KuveytTurkHash.matches("dlO20ZLqs4W5FfgY0VmUSBUpwoM=", ""));
        assertFalse(KuveytTurkHash.matches("dlO20ZLqs4W5FfgY0VmUSBUpwoM=", null));
    }

    @Test
    void logsNeverHoldACardNumberCvvOrHashedPassword() {
        String logged = KuveytTurkLog.masked(
                "<CardNumber>4025502306586032</CardNumber><CardCVV2>123</CardCVV2>"
                        + "<HashPassword>" + HASHED_API123_CAPITAL + "</HashPassword><RRN>411219539222</RRN>"
                        + " value=\"%3CCardNumber%3E5188961939192544%3C%2FCardNumber%3E%3CHashPassword%3Eabc%3D%3C%2FHashPassword%3E\"");

        assertFalse(
                logged.contains("4025502306586032")
                        || logged.contains("5188961939192544")
                        || logged.contains(">123<")
                        || logged.contains(HASHED_API123_CAPITAL)
                        || logged.contains("abc%3D"),
                logged);
        assertTrue(logged.contains("402550******6032") && logged.contains("<RRN>411219539222</RRN>"), logged);
    }
}
