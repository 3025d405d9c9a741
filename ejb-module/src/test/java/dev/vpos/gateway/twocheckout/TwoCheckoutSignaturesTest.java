package dev.vpos.gateway.twocheckout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 2Checkout's serialisation and HMACs. The serialisation is checked against 2Checkout's own worked example (the read
 * receipt of "IPN read receipt response"); the HMAC values are known answers computed independently (Python's
 * {@code hmac} with {@code hashlib.md5}, {@code sha256}, {@code sha3_256}) for the documented key {@code AABBCCDDEEFF}.
 */
class TwoCheckoutSignaturesTest {

    private static final String DOC_KEY = "AABBCCDDEEFF";

    @Test
    void valuesArePrefixedWithTheirUtf8ByteLengthEmptyIsZeroAndZeroIsOneZero() {
        assertEquals("0", LengthPrefixed.of(Arrays.asList("")));
        assertEquals("0", LengthPrefixed.of(Arrays.asList((String) null)));
        assertEquals("10", LengthPrefixed.of(List.of("0")));
        assertEquals("6Ürün", LengthPrefixed.of(List.of("Ürün")), "Ü and ü take two bytes each in UTF-8");
        assertEquals("8Şükrü", LengthPrefixed.of(List.of("Şükrü")));
    }

    @Test
    void theReadReceiptSourceIsTheOneOfTwoCheckoutsWorkedExample() {
        // IPN_PID[0]=1, IPN_PNAME[0]="Software program", IPN_DATE=20050303123434, DATE=20050303123434
        assertEquals(
                "1116Software program14200503031234341420050303123434",
                LengthPrefixed.of(List.of("1", "Software program", "20050303123434", "20050303123434")));
    }

    @Test
    void readReceiptHmacsAreKnownAnswers() {
        String source = "1116Software program14200503031234341420050303123434";
        assertEquals("7bf97ed39681027d0c45aa45e3ea98f0", TwoCheckoutAlgorithm.MD5.hmacHex(DOC_KEY, source));
        assertEquals(
                "ea6f44c39b3d204b59500998fcb9221c92744d9721a94b45fc6d5cda99980176",
                TwoCheckoutAlgorithm.SHA256.hmacHex(DOC_KEY, source));
        assertEquals(
                "85180497aaaa4844a278b52b1ce257d2820dbf5857470a5f678fef2266d0d4a8",
                TwoCheckoutAlgorithm.SHA3_256.hmacHex(DOC_KEY, source));
    }

    @Test
    void theApiHeaderHashesTheLengthPrefixedMerchantCodeAndUtcDate() {
        TwoCheckoutCredentials md5 = credentials("MD5");
        TwoCheckoutCredentials sha3 = credentials("SHA3_256");
        assertEquals(
                "code=\"MERCHANT\" date=\"2024-01-02 03:04:05\" hash=\"2bfb4df5a8e8044402def53953292fde\"",
                TwoCheckoutApi.authentication(md5, "2024-01-02 03:04:05"));
        assertEquals(
                "code=\"MERCHANT\" date=\"2024-01-02 03:04:05\" "
                        + "hash=\"0662f956fbf7968398323e25290923bf1e37245cf448fef5dcfea43c53dfedf4\" algo=\"sha3-256\"",
                TwoCheckoutApi.authentication(sha3, "2024-01-02 03:04:05"));
        assertEquals(
                "e3b4d73de3fa6006572c88873a41b2fb24f3e7821a436b210eb63fb5519bfb5d",
                TwoCheckoutAlgorithm.SHA256.hmacHex(DOC_KEY, "8MERCHANT192024-01-02 03:04:05"));
    }

    @Test
    void theConvertPlusSignatureSortsTheSignedParametersAndIgnoresTheOthers() {
        Map<String, String> link = new LinkedHashMap<>();
        link.put("merchant", "MERCHANT");
        link.put("dynamic", "1");
        link.put("prod", "Order VP260101ABCDEF123456");
        link.put("price", "150.00");
        link.put("qty", "1");
        link.put("type", "PRODUCT");
        link.put("tangible", "0");
        link.put("currency", "TRY");
        link.put("order-ext-ref", "VP260101ABCDEF123456");
        link.put("return-url", "http://localhost:9081/vpos/3ds/callback/abc");
        link.put("return-type", "redirect");
        link.put("expiration", "1767225600");
        link.put("language", "en");
        link.put("test", "1");
        assertEquals(
                "3TRY10176722560020VP260101ABCDEF1234566150.0026Order VP260101ABCDEF123456118redirect"
                        + "43http://localhost:9081/vpos/3ds/callback/abc107PRODUCT",
                ConvertPlusSignature.source(Map.of(
                        "currency",
                        "TRY",
                        "expiration",
                        "1767225600",
                        "order-ext-ref",
                        "VP260101ABCDEF123456",
                        "price",
                        "150.00",
                        "prod",
                        "Order VP260101ABCDEF123456",
                        "qty",
                        "1",
                        "return-type",
                        "redirect",
                        "return-url",
                        "http://localhost:9081/vpos/3ds/callback/abc",
                        "tangible",
                        "0",
                        "type",
                        "PRODUCT")));
        assertEquals(
                "f78dd1671847bf732a5bf9a301c3c42849dd43fe6c1d2cc71625adcbc326933a",
                ConvertPlusSignature.ofBuyLink(link, "buy-link-word"));
        link.put("language", "tr");
        assertEquals(
                "f78dd1671847bf732a5bf9a301c3c42849dd43fe6c1d2cc71625adcbc326933a",
                ConvertPlusSignature.ofBuyLink(link, "buy-link-word"),
                "language is not a signed parameter");
        link.put("price", "151.00");
        assertFalse(ConvertPlusSignature.ofBuyLink(link, "buy-link-word")
                .equals("f78dd1671847bf732a5bf9a301c3c42849dd43fe6c1d2cc71625adcbc326933a"));
    }

    @Test
    void hashesCompareIgnoringCaseAndNeverMatchNothing() {
        assertTrue(
                TwoCheckoutAlgorithm.matches("7BF97ED39681027D0C45AA45E3EA98F0", "7bf97ed39681027d0c45aa45e3ea98f0"));
        assertFalse(
                TwoCheckoutAlgorithm.matches("7bf97ed39681027d0c45aa45e3ea98f1", "7bf97ed39681027d0c45aa45e3ea98f0"));
        assertFalse(TwoCheckoutAlgorithm.matches(null, "7bf97ed39681027d0c45aa45e3ea98f0"));
        assertFalse(TwoCheckoutAlgorithm.matches("", "7bf97ed39681027d0c45aa45e3ea98f0"));
    }

    static TwoCheckoutCredentials credentials(String algorithm) {
        return new TwoCheckoutCredentials(
                "MERCHANT",
                DOC_KEY,
                "buy-link-word",
                TwoCheckoutAlgorithm.of(algorithm),
                java.net.URI.create("https://secure.2checkout.com/checkout/buy"),
                java.net.URI.create(TwoCheckoutCredentials.LIVE_API),
                false);
    }
}
