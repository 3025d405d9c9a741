package dev.vpos.gateway.paymaster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PayMaster's LMI_HASH, SIGN and REST API hash. Known answers computed independently (Python hashlib + base64) from
 * the formula of vpos-protocols §12 (Omnipay PayMaster driver; paymaster.ru REST API documentation).
 */
class PayMasterSignaturesTest {

    static Map<String, String> notification(String simMode, String paymentSystem) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LMI_MERCHANT_ID", "R128-0001");
        f.put("LMI_PAYMENT_NO", "VP260101ABCDEF123456");
        f.put("LMI_SYS_PAYMENT_ID", "4000123");
        f.put("LMI_SYS_PAYMENT_DATE", "2026-01-01T10:00:00");
        f.put("LMI_PAYMENT_AMOUNT", "150.00");
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAID_AMOUNT", "150.00");
        f.put("LMI_PAID_CURRENCY", "RUB");
        f.put("LMI_PAYMENT_SYSTEM", paymentSystem);
        if (simMode != null) {
            f.put("LMI_SIM_MODE", simMode);
        }
        f.put("LMI_PAYER_IDENTIFIER", "411111******1111");
        return f;
    }

    @Test
    void lmiHashIsBase64OfTheRawDigestOfTheSemicolonJoinedFieldsAndSecret() {
        Map<String, String> f = notification("0", "18");
        assertEquals(
                "R128-0001;VP260101ABCDEF123456;4000123;2026-01-01T10:00:00;150.00;RUB;150.00;RUB;18;0;pm-secret",
                PayMasterSignatures.lmiHashSource(f, "pm-secret"));
        assertEquals(
                "GKAObcXhWDhACWSbvJQiPA==", PayMasterSignatures.lmiHash(f, "pm-secret", PayMasterHashAlgorithm.MD5));
        assertEquals(
                "ZpwSZt09DuIE34YH4vVuYwomQZk=",
                PayMasterSignatures.lmiHash(f, "pm-secret", PayMasterHashAlgorithm.SHA1));
        assertEquals(
                "7yt3gXe16nnXI0BYjJZVQWmAzbQDUMXqqoEoAI+Fpm8=",
                PayMasterSignatures.lmiHash(f, "pm-secret", PayMasterHashAlgorithm.SHA256));
    }

    @Test
    void anAbsentSimulationModeStaysAnEmptySlot() {
        Map<String, String> live = notification(null, "3");
        assertTrue(PayMasterSignatures.lmiHashSource(live, "pm-secret").endsWith(";RUB;3;;pm-secret"));
        assertEquals(
                "k4R7HlUggQKZm+AUPUKTW7mdNK9A5klLyWwYpCDNwCg=",
                PayMasterSignatures.lmiHash(live, "pm-secret", PayMasterHashAlgorithm.SHA256));
    }

    @Test
    void signConcatenatesMerchantOrderAmountCurrencyAndSecret() {
        assertEquals(
                "a3naEwn2CzH5IdzBwTV++Q==",
                PayMasterSignatures.sign(
                        "R128-0001", "VP260101ABCDEF123456", "150.00", "RUB", "pm-secret", PayMasterHashAlgorithm.MD5));
        assertEquals(
                "7oS5C977osfyVo2oN+vrKKN+BtUMuod89uXGgaE/MTE=",
                PayMasterSignatures.sign(
                        "R128-0001",
                        "VP260101ABCDEF123456",
                        "150.00",
                        "RUB",
                        "pm-secret",
                        PayMasterHashAlgorithm.SHA256));
    }

    @Test
    void theApiHashIsBase64Sha1OfTheJoinedFields() {
        assertEquals(
                "6/62JjDosYbIFie2+Vs0z/f8xOA=",
                PayMasterSignatures.apiHash(
                        List.of("login", "password", "nonce123", "VP260101ABCDEF123456", "R128-0001")));
    }

    @Test
    void hashesCompareExactly() {
        assertTrue(PayMasterHashAlgorithm.matches("GKAObcXhWDhACWSbvJQiPA==", "GKAObcXhWDhACWSbvJQiPA=="));
        assertFalse(
                PayMasterHashAlgorithm.matches("gkaobcxhwdhacwsbvjqipa==", "GKAObcXhWDhACWSbvJQiPA=="),
                "Base64 is case-sensitive");
        assertFalse(PayMasterHashAlgorithm.matches(null, "GKAObcXhWDhACWSbvJQiPA=="));
        assertEquals(PayMasterHashAlgorithm.SHA1, PayMasterHashAlgorithm.of("SHA1"));
        assertEquals(PayMasterHashAlgorithm.SHA256, PayMasterHashAlgorithm.of("sha-256"));
    }
}
