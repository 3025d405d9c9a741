package dev.vpos.simulator.garanti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bank side's hashes against published vectors: mewebstudio/pos tests/Unit/Crypt/GarantiPosCryptTest.php
 * (account: terminal 30691298, password and refund password 123qweASD/, store key 12345678).
 */
class GarantiCryptTest {

    private static final String PASSWORD = "123qweASD/";

    @Test
    void securityDataPadsTheTerminalIdToNineDigits() {
        assertEquals("1639636D00AB5EF0B3CE073BB222BFAAC2C2C38D", GarantiCrypt.securityData(PASSWORD, "30691298"));
    }

    @Test
    void hashDataOfASaleMatchesTheMewsVector() {
        assertEquals(
                "0CFE09F107274C6A07292DA061A4EECAB0F5F0CF87F831F2D3626A3346A941126C52D1D95A3B77ADF5AC348B3D25C76B"
                        + "A5D8D98A29557D087D3367BFFACCD25C",
                GarantiCrypt.hashData("order222", "30691298", "", "10025", "949", PASSWORD));
    }

    @Test
    void hashDataOfVoidAndRefundMatchTheMewsVectors() {
        assertEquals(
                "C0C88761726D1844AF49FBE756DBE4586F7339169994CF700AE50AA8EAD0C8E81F5828C3392CE39CFC3F8C976FC3E24B"
                        + "576F4DB55DAF2E7D3A6F6B6E5E89B189",
                GarantiCrypt.hashData("4499996", "30691298", "", "100", "949", PASSWORD));
        assertEquals(
                "0F97D922001221B9C90AA692CF5D4082FF6D3EB38BE863A47F9C08E63CD87312270D6F298E5FBBC320654861DA1C6EE8"
                        + "26E0C83E904916351A9D3032FA426BAA",
                GarantiCrypt.hashData("4499996", "30691298", "", "202", "949", PASSWORD));
    }

    @Test
    void secure3dHashMatchesTheMewsVector() {
        Map<String, String> form = Map.of(
                "terminalid",
                "30691298",
                "orderid",
                "order222",
                "txnamount",
                "10025",
                "txncurrencycode",
                "949",
                "successurl",
                "https://domain.com/success",
                "errorurl",
                "https://domain.com/fail_url",
                "txntype",
                "sales",
                "txninstallmentcount",
                "");
        assertEquals(
                "372D6CB20B2B699D0A6667DFF46E3AA8CF3F9D8C2BB69A7C411895151FFCFAAB5277CCFE3B3A06035FEEFBFBFD40C79D"
                        + "BE51DBF867D0A24B37335A28F0CEFDE2",
                GarantiCrypt.secure3dHash(form, "12345678", PASSWORD));
    }

    @Test
    void callbackHashMatchesTheMewsVector() {
        Map<String, String> callback = Map.of(
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
                MEWS_MD,
                "rnd",
                "kW094tPzNEhqORzzCsLB");
        String value = GarantiCrypt.hashParamsValue(GarantiCrypt.CALLBACK_HASH_PARAMS, callback);
        assertEquals("306912982023100354BB1xgRlQDz4AAAAAAAAAAAAAAAAAAA=02" + MEWS_MD + "kW094tPzNEhqORzzCsLB", value);
        String hash = GarantiCrypt.callbackHash(value, "12345678");
        assertEquals(
                "416B6253425E73184F118CC02E3BAA393622059BF6B0865D83F501E55A61339B9EC659CBCF7297EDECC1B17BF6281D90"
                        + "CC0AD8EDF3E1EFE94432ACCEAF79B26E",
                hash);
        assertTrue(GarantiCrypt.sameHash(hash, hash.toLowerCase()));
        assertFalse(GarantiCrypt.sameHash(hash, hash.substring(1) + "0"));
    }

    static final String MEWS_MD =
            "aW5kZXg6MDJ6LjAI5iAcKf/ilXjYIOnTh4t+deHrtwO8ze7tPTL1YCDcBe8KEpuq6HDLYbqQSluL7p3kGcpFzX9s9X"
                    + "cegNhHMsDszxqGd33+p+p5sULGrDF3J2GGfiJDwan4ku7+eiTyS8x2xS9pUy7PTgMGc6jw94aLfXLHskhvY7FYWrymzQ==";
}
