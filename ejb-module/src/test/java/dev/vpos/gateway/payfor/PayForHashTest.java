package dev.vpos.gateway.payfor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Vectors from mewebstudio/pos tests/Unit/Crypt/PayForPosCryptTest.php (merchant 085300000009704, store key 12345678). */
class PayForHashTest {

    @Test
    void theGateFormHashMatchesThePublishedVector() {
        assertEquals(
                "zmSUxYPhmCj7QOzqpk/28LuE1Oc=",
                PayForHash.request(
                        "5",
                        "2020110828BC",
                        "100.01",
                        "http://localhost/finansbank-payfor/3d/response.php",
                        "http://localhost/finansbank-payfor/3d/response.php",
                        "Auth",
                        "0",
                        "0.43625700 1604831630",
                        "12345678"));
    }

    @Test
    void theCallbackHashMatchesThePublishedVectorAndFailsWhenA3DStatusIsBlanked() {
        String expected = PayForHash.response(
                "085300000009704",
                "12345678",
                "20221031FD04",
                "",
                "V033",
                "1",
                "PF638028511007418219",
                "QNB_API_KULLANICI_3DPAY");
        assertEquals("rVcKoOOl3jKukGLHcQaVM6ZuznU=", expected);
        assertTrue(PayForHash.verifies(expected, "rVcKoOOl3jKukGLHcQaVM6ZuznU="));
        assertFalse(PayForHash.verifies(
                PayForHash.response(
                        "085300000009704",
                        "12345678",
                        "20221031FD04",
                        "",
                        "V033",
                        "",
                        "PF638028511007418219",
                        "QNB_API_KULLANICI_3DPAY"),
                "rVcKoOOl3jKukGLHcQaVM6ZuznU="));
        assertFalse(PayForHash.verifies(expected, null));
    }
}
