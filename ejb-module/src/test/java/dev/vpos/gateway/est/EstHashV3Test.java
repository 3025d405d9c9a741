package dev.vpos.gateway.est;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The adapter's ver3 hash against the published vectors of mewebstudio/pos {@code tests/Unit/Crypt/EstV3PosCryptTest.php}
 * (at a4c454a5): store key {@code 123456}, client id {@code 190100000}.
 */
class EstHashV3Test {

    static Map<String, String> threeDPayForm() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("clientid", "190100000");
        f.put("storetype", "3d_pay");
        f.put("amount", "100.25");
        f.put("oid", "order222");
        f.put("okUrl", "https://domain.com/success");
        f.put("failUrl", "https://domain.com/fail_url");
        f.put("rnd", "rand");
        f.put("lang", "tr");
        f.put("currency", "949");
        f.put("taksit", "");
        f.put("islemtipi", "Auth");
        f.put("firmaadi", "siparis veren");
        f.put("Email", "test@test.com");
        f.put("hashAlgorithm", "ver3");
        return f;
    }

    /** The 3d_pay callback of the crypt test's data provider, as posted (HASH and encoding included). */
    static Map<String, String> ziraatCallback() {
        String[] kv = {
            "ReturnOid",
            "202210308C0F",
            "TRANID",
            "",
            "hashAlgorithm",
            "ver3",
            "PAResSyntaxOK",
            "true",
            "firmaadi",
            "John Doe",
            "islemtipi",
            "Auth",
            "lang",
            "tr",
            "merchantID",
            "190200000",
            "maskedCreditCard",
            "4355 08** **** 4358",
            "amount",
            "1.01",
            "sID",
            "1",
            "ACQBIN",
            "454672",
            "Ecom_Payment_Card_ExpDate_Year",
            "26",
            "EXTRA_CARDBRAND",
            "VISA",
            "Email",
            "mail@customer.com",
            "MaskedPan",
            "435508***4358",
            "acqStan",
            "184784",
            "merchantName",
            "Ziraat 3D_Pay",
            "clientIp",
            "89.244.149.137",
            "EXTRA_KAZANILANPUAN",
            "000000010.00",
            "okUrl",
            "http://localhost/akbank/3d-pay/response.php",
            "md",
            "435508:51104213993AC8DFE8839C7F7E391B461115D09A1D88948C8ACE421D7D7EAA5A:3545:##190200000",
            "ProcReturnCode",
            "00",
            "payResults_dsId",
            "1",
            "taksit",
            "",
            "TransId",
            "22303RqiC11252",
            "EXTRA_TRXDATE",
            "20221030 17:42:33",
            "Ecom_Payment_Card_ExpDate_Month",
            "12",
            "storetype",
            "3d_pay",
            "Response",
            "Approved",
            "SettleId",
            "2383",
            "mdErrorMsg",
            "Y-status/Challenge authentication via ACS: https://3ds-acs.test.modirum.com/mdpayacs/creq?token=214711321.1667140951.Ud_jQl3B2l1",
            "ErrMsg",
            "",
            "PAResVerified",
            "true",
            "cavv",
            "ABABBCgghAAAAABllJMDdZdTdic=",
            "digest",
            "digest",
            "HostRefNum",
            "230317184784",
            "callbackCall",
            "true",
            "AuthCode",
            "216981",
            "failUrl",
            "http://localhost/akbank/3d-pay/response.php",
            "xid",
            "N1An1iS5iN4u/1VWS6CgzSGRtN0=",
            "encoding",
            "ISO-8859-9",
            "currency",
            "949",
            "oid",
            "202210308C0F",
            "mdStatus",
            "1",
            "dsId",
            "1",
            "eci",
            "05",
            "version",
            "2.0",
            "EXTRA_CARDISSUER",
            "AKBANK T.A.S.",
            "clientid",
            "190200000",
            "txstatus",
            "Y",
            "HASH",
            "jVgcwtx4vxxAcX8+ajsrrzp77k9uaGu1pjDQfCpoUG95y2MwwGipc6cF3kESiTphjV8/1ESSc6zg9KyTSxUnzA==",
            "rnd",
            "J/jGATA5LLVaMfpU+Yyu"
        };
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            f.put(kv[i], kv[i + 1]);
        }
        return f;
    }

    @Test
    void theThreeDPayFormHashIsTheOnePublished() {
        assertEquals(
                "/uPxhEKWCEGi3NsDOOQ4u8Hu5g71v5GWspOid70WehTWEz97PqxG3IN1Jv5jsbOXOw3Z3Rr/0UtywzEgbqFfdA==",
                EstHashV3.of(threeDPayForm(), "123456"));
    }

    @Test
    void theThreeDFormHashIsTheOnePublished() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("clientid", "190100000");
        f.put("storetype", "3d");
        f.put("amount", "100.25");
        f.put("oid", "order222");
        f.put("okUrl", "https://domain.com/success");
        f.put("failUrl", "https://domain.com/fail_url");
        f.put("rnd", "12345");
        f.put("hashAlgorithm", "ver3");
        f.put("lang", "tr");
        f.put("currency", "949");
        f.put("islemtipi", "Auth");
        f.put("taksit", "");

        assertEquals(
                "4aUsG5hqlIFLc9s8PKc5rWb2OLhmxDDewNgKa2XrwoYCIxlyVq8Fjl4IVaZzoqL983CfTseicmnTA0PjZr74xg==",
                EstHashV3.of(f, "123456"));
    }

    @Test
    void aPublishedCallbackVerifiesAndFailsOnceAFieldChanges() {
        Map<String, String> callback = ziraatCallback();
        assertTrue(EstHashV3.matches(callback.get("HASH"), EstHashV3.of(callback, "123456")));

        callback.put("mdStatus", "");
        assertFalse(EstHashV3.matches(callback.get("HASH"), EstHashV3.of(callback, "123456")));
    }

    @Test
    void theOrderOfTheFieldsAsPostedDoesNotMatter() {
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(threeDPayForm().keySet());
        java.util.Collections.reverse(names);
        names.forEach(n -> reversed.put(n, threeDPayForm().get(n)));

        assertEquals(EstHashV3.of(threeDPayForm(), "123456"), EstHashV3.of(reversed, "123456"));
    }

    @Test
    void separatorsInsideValuesAreEscapedSoTheyCannotShiftFields() {
        Map<String, String> a = Map.of("a", "x|", "b", "y");
        Map<String, String> b = Map.of("a", "x", "b", "|y");

        assertNotEquals(EstHashV3.of(a, "k"), EstHashV3.of(b, "k"));
        assertNotEquals(EstHashV3.of(Map.of("a", "x\\"), "k"), EstHashV3.of(Map.of("a", "x"), "\\k"));
    }

    @Test
    void namesSortNaturallyIgnoringCase() {
        List<String> names = new ArrayList<>(List.of("TRX10", "trx2", "Amount", "amount1", "b"));
        names.sort(EstHashV3::naturalIgnoreCase);

        assertEquals(List.of("Amount", "amount1", "b", "trx2", "TRX10"), names);
    }

    @Test
    void aWrongStoreKeyGivesAnotherHash() {
        assertNotEquals(EstHashV3.of(threeDPayForm(), "123456"), EstHashV3.of(threeDPayForm(), "123457"));
    }
}
