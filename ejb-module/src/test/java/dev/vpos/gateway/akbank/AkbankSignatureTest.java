package dev.vpos.gateway.akbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Akbank's HMAC-SHA512 signatures against the published vectors of mews/pos's AkbankPosCryptTest. */
class AkbankSignatureTest {

    static final String KEY =
            "3230323330393034313735303032363031353172675f357637355f3273387373745f7233725f73323333383737335f323272383774767276327672323531355f";

    @Test
    void theBodySignatureIsTheirs() {
        String body = "{\"terminal\":{\"merchantSafeId\":\"2023090417500272654BD9A49CF07574\",\"terminalSafeId\":"
                + "\"2023090417500284633D137A249DBBEB\"},\"version\":\"1.00\",\"txnCode\":\"1010\",\"requestDateTime\":"
                + "\"2024-04-20T13:48:02.000\",\"randomNumber\":\"59EED19EC4FA761B8D147F5175C915EFD69D193ED96114F9690505"
                + "EDB02FF5FD3CB161A15FD5EFFB294177291DC27B2A9F58FB1DA6F2F4617762AF180A023A33\",\"order\":{\"orderId\":"
                + "\"2024042053E2\"}}";
        assertEquals(
                "D07V9wUXfyPbn+L8jqd9plMfJKT3gSy22Z+yruzWsvuJBkQ63fz+wcWjTF2XurVjYtnR7wLGYTJYg0xjDCYAHA==",
                AkbankSignature.body(body.getBytes(StandardCharsets.UTF_8), KEY));
    }

    private static Map<String, String> form() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("paymentModel", "3D");
        f.put("txnCode", "3000");
        f.put("merchantSafeId", "2023090417500272654BD9A49CF07574");
        f.put("terminalSafeId", "2023090417500284633D137A249DBBEB");
        f.put("orderId", "20240404A4B0");
        f.put("lang", "TR");
        f.put("amount", "1.01");
        f.put("ccbRewardAmount", "1.00");
        f.put("pcbRewardAmount", "1.00");
        f.put("xcbRewardAmount", "1.00");
        f.put("currencyCode", "949");
        f.put("installCount", "1");
        f.put("okUrl", "http://localhost/akbankpos/3d/response.php");
        f.put("failUrl", "http://localhost/akbankpos/3d/response.php");
        f.put("emailAddress", "test@test.com");
        f.put(
                "randomNumber",
                "AEDDD8688E11A3DC588DAB2ED59B2F64D45E798761CEFF17F4DB47581072697890180C4195986250F89C2C67A04A3B96F0AC66AE99B49BB7BEE618FBD621C4CD");
        f.put("requestDateTime", "2024-04-04T21:11:41.000");
        return f;
    }

    @Test
    void theFormSignaturesAreTheirs() {
        Map<String, String> threeD = form();
        threeD.put("creditCard", "4355093000315232");
        threeD.put("expiredDate", "1135");
        threeD.put("cvv", "665");
        assertEquals(
                "ilR2mCExklKEti+2x61A8pcOfzJ5z5M6xMYmmU8ClaKaDuxKooFuH3v7XW/ba25xlTDqGN1H//i0zTiJl5YnfA==",
                AkbankSignature.form(threeD, KEY));
        Map<String, String> host = form();
        host.put("paymentModel", "MODEL_3D_HOST");
        assertEquals(
                "36uUlZFNi+Fs928RPt9CUfKfq+2hTWKK6idWFXjwnO47Qz4pVk6bliSUY+4RGw8Fzcqz+MUWQQ2Grz2zk4l9og==",
                AkbankSignature.form(host, KEY));
    }

    @Test
    void theCallbackSignatureIsTheirsAndCoversTheCode() {
        Map<String, String> p = new HashMap<>(Map.ofEntries(
                Map.entry("txnCode", "3001"),
                Map.entry("responseCode", "VPS-0000"),
                Map.entry("responseMessage", "BAŞARILI"),
                Map.entry("txnDateTime", "2024-04-18T20:15:35.000"),
                Map.entry("merchantSafeId", "2023090417500272654BD9A49CF07574"),
                Map.entry("terminalSafeId", "2023090417500284633D137A249DBBEB"),
                Map.entry("orderId", "20240418BA6C"),
                Map.entry("secureEcomInd", "02"),
                Map.entry("secureId", "VG8yV2tCRHpTSlpNN2VqcDJRS1k="),
                Map.entry("secureData", "kBM8+wZGAAAAAAAAAAAAAAAAAAAA"),
                Map.entry("secureMd", "08A86B192287C69B2C443E7A42B29B5F46436C41DF8E159B4A232BB3D961940F"),
                Map.entry(
                        "hashParams",
                        "txnCode+responseCode+responseMessage+txnDateTime+merchantSafeId+terminalSafeId+orderId+secureId"
                                + "+secureEcomInd+secureData+secureMd")));
        String published = "bFYReNscRIyo3EQQm18qB9iZEW5eqtx1UBAjwRAoVJuigugPKr4Rjcf4PgBHtrjg1IYFYAz8k3TCFcKWS0b4Xg==";
        assertTrue(AkbankSignature.verifies(AkbankSignature.callback(p, KEY), published));
        p.put("responseCode", "");
        assertFalse(AkbankSignature.verifies(AkbankSignature.callback(p, KEY), published));
    }
}
