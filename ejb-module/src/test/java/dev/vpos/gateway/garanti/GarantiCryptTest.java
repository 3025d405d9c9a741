package dev.vpos.gateway.garanti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The module's hashes against published vectors: mewebstudio/pos tests/Unit/Crypt/GarantiPosCryptTest.php (terminal
 * 30691298, provision and refund password 123qweASD/, store key 12345678), recomputed with the stated formulas.
 */
class GarantiCryptTest {

    private static final String SECURITY_DATA = GarantiCrypt.securityData("123qweASD/", "30691298");

    @Test
    void securityDataIsSha1OfPasswordAndNineDigitTerminal() {
        assertEquals("1639636D00AB5EF0B3CE073BB222BFAAC2C2C38D", SECURITY_DATA);
    }

    @Test
    void hashDataMatchesTheMewsVectorsForSaleVoidAndRefund() {
        assertEquals(
                "0CFE09F107274C6A07292DA061A4EECAB0F5F0CF87F831F2D3626A3346A941126C52D1D95A3B77ADF5AC348B3D25C76B"
                        + "A5D8D98A29557D087D3367BFFACCD25C",
                GarantiCrypt.hashData("order222", "30691298", "", "10025", "949", SECURITY_DATA));
        assertEquals(
                "C0C88761726D1844AF49FBE756DBE4586F7339169994CF700AE50AA8EAD0C8E81F5828C3392CE39CFC3F8C976FC3E24B"
                        + "576F4DB55DAF2E7D3A6F6B6E5E89B189",
                GarantiCrypt.hashData("4499996", "30691298", "", "100", "949", SECURITY_DATA));
        assertEquals(
                "0F97D922001221B9C90AA692CF5D4082FF6D3EB38BE863A47F9C08E63CD87312270D6F298E5FBBC320654861DA1C6EE8"
                        + "26E0C83E904916351A9D3032FA426BAA",
                GarantiCrypt.hashData("4499996", "30691298", "", "202", "949", SECURITY_DATA));
    }

    @Test
    void secure3dHashMatchesTheMewsVector() {
        assertEquals(
                "372D6CB20B2B699D0A6667DFF46E3AA8CF3F9D8C2BB69A7C411895151FFCFAAB5277CCFE3B3A06035FEEFBFBFD40C79D"
                        + "BE51DBF867D0A24B37335A28F0CEFDE2",
                GarantiCrypt.secure3dHash(
                        "30691298",
                        "order222",
                        "10025",
                        "949",
                        "https://domain.com/success",
                        "https://domain.com/fail_url",
                        "sales",
                        "",
                        "12345678",
                        SECURITY_DATA));
    }

    @Test
    void callbackHashMatchesTheMewsVectorAndComparesInConstantTime() {
        String md = "aW5kZXg6MDJ6LjAI5iAcKf/ilXjYIOnTh4t+deHrtwO8ze7tPTL1YCDcBe8KEpuq6HDLYbqQSluL7p3kGcpFzX9s9X"
                + "cegNhHMsDszxqGd33+p+p5sULGrDF3J2GGfiJDwan4ku7+eiTyS8x2xS9pUy7PTgMGc6jw94aLfXLHskhvY7FYWrymzQ==";
        Map<String, String> posted = Map.of(
                "clientid",
                "30691298",
                "oid",
                "2023100354BB",
                "authcode",
                "",
                "procreturncode",
                "",
                "response",
                "",
                "mdstatus",
                "1",
                "cavv",
                "xgRlQDz4AAAAAAAAAAAAAAAAAAA=",
                "eci",
                "02",
                "md",
                md,
                "rnd",
                "kW094tPzNEhqORzzCsLB");
        String hash = GarantiCrypt.callbackHash(
                "clientid:oid:authcode:procreturncode:response:mdstatus:cavv:eci:md:rnd:", posted, "12345678");
        assertEquals(
                "416B6253425E73184F118CC02E3BAA393622059BF6B0865D83F501E55A61339B9EC659CBCF7297EDECC1B17BF6281D90"
                        + "CC0AD8EDF3E1EFE94432ACCEAF79B26E",
                hash);
        assertTrue(GarantiCrypt.sameHash(hash, hash.toLowerCase()));
        assertFalse(GarantiCrypt.sameHash(hash, null));
        assertFalse(GarantiCrypt.sameHash(hash, "416B"));
    }

    @Test
    void formatsAreHundredthsAndEmptyInstallments() {
        assertEquals("10025", GarantiFormats.amount(dev.vpos.shared.domain.Money.of("100.25", "TRY")));
        assertEquals("101", GarantiFormats.amount(dev.vpos.shared.domain.Money.of("1.01", "TRY")));
        assertEquals("978", GarantiFormats.currency(dev.vpos.shared.domain.Money.of("1", "EUR")));
        assertEquals("", GarantiFormats.installments(1));
        assertEquals("6", GarantiFormats.installments(6));
        assertEquals("0330", GarantiFormats.expiry(dev.vpos.shared.domain.CardExpiry.parse("03/30")));
    }

    @Test
    void theGateIsDerivedFromTheApiEndpoint() {
        assertEquals(
                "https://sanalposprovtest.garantibbva.com.tr/servlet/gt3dengine",
                GarantiCredentials.gateBeside(
                                java.net.URI.create("https://sanalposprovtest.garantibbva.com.tr/VPServlet"))
                        .toString());
        assertEquals(
                "http://localhost:9081/bank-simulator/garanti/servlet/gt3dengine",
                GarantiCredentials.gateBeside(
                                java.net.URI.create("http://localhost:9081/bank-simulator/garanti/VPServlet"))
                        .toString());
        assertEquals(
                "PROD",
                GarantiCredentials.modeOf(java.net.URI.create("https://sanalposprov.garanti.com.tr/VPServlet")));
        assertEquals(
                "TEST",
                GarantiCredentials.modeOf(
                        java.net.URI.create("https://sanalposprovtest.garantibbva.com.tr/VPServlet")));
        assertEquals(
                "TEST",
                GarantiCredentials.modeOf(
                        java.net.URI.create("http://localhost:9081/bank-simulator/garanti/VPServlet")));
    }
}
