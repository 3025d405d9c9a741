package dev.vpos.simulator.posnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 3-D gate: digest and packet checks, the ACS page, OTP and Cancel, the not-enrolled card. */
class PosNetGateTest {

    private final PosNetGate gate = new PosNetGate(PosNetMerchants.fromClasspath());
    private static final PosNetMerchants.Merchant M = PosNetBankTest.MERCHANT;

    @Test
    void showsTheAcsWithTheMaskedCardAndAmountButNeverTheFullCard() {
        PosNetGate.Page acs = gate.enter(form("4355084355084358"), "/acs");
        assertEquals(200, acs.status());
        assertTrue(acs.html().contains("435508******4358"));
        assertTrue(acs.html().contains("125.40 TL"));
        assertFalse(acs.html().contains("4355084355084358"));
    }

    @Test
    void rightOtpAuthenticatesWrongOtpAndCancelFail() {
        assertEquals("1", mdStatus(submit("123456", "authenticate")));
        assertEquals("0", mdStatus(submit("654321", "authenticate")));
        assertEquals("0", mdStatus(submit("123456", "cancel")));
    }

    @Test
    void notEnrolledCardGoesStraightBackWithMdStatus2() {
        PosNetGate.Page page = gate.enter(form("4000000000000069"), "/acs");
        assertEquals("https://shop.example/cb", page.formAction());
        assertEquals("2", mdStatus(page));
    }

    @Test
    void aTamperedDigestOrPacketIsRefused() {
        Map<String, String> f = form("4355084355084358");
        f.put("digest", "00" + f.get("digest").substring(2));
        assertEquals(400, gate.enter(f, "/acs").status());
        Map<String, String> g = form("4355084355084358");
        g.put("posnetData", PosNetPackets.seal(M, Map.of("mid", "6706598320", "xid", "X", "amount", "1")));
        assertEquals(400, gate.enter(g, "/acs").status());
        Map<String, String> h = form("4355084355084358");
        h.put("merchantReturnURL", "javascript:alert(1)");
        assertEquals(400, gate.enter(h, "/acs").status());
    }

    private PosNetGate.Page submit(String otp, String action) {
        Map<String, String> acs =
                new HashMap<>(gate.enter(form("4355084355084358"), "/acs").formFields());
        acs.put("otp", otp);
        acs.put("action", action);
        return gate.authenticate(acs);
    }

    private static String mdStatus(PosNetGate.Page callback) {
        assertEquals(
                PosNetPackets.sign(
                        M,
                        callback.formFields().get("MerchantPacket"),
                        callback.formFields().get("BankPacket")),
                callback.formFields().get("Sign"));
        return PosNetPackets.open(M, callback.formFields().get("BankPacket"))
                .orElseThrow()
                .get("mdStatus");
    }

    static Map<String, String> form(String pan) {
        Map<String, String> payment = new LinkedHashMap<>(Map.of(
                "mid",
                M.merchantNo(),
                "tid",
                M.terminalNo(),
                "xid",
                "VP260115GATE00000001",
                "amount",
                "12540",
                "currency",
                "TL",
                "installment",
                "00",
                "tranType",
                "Sale"));
        String data1 = PosNetPackets.seal(M, payment);
        String data2 = PosNetPackets.seal(M, Map.of("ccno", pan, "expDate", "3012", "cvc", "123"));
        Map<String, String> f = new HashMap<>();
        f.put("mid", M.merchantNo());
        f.put("posnetID", M.posnetId());
        f.put("posnetData", data1);
        f.put("posnetData2", data2);
        f.put("digest", PosNetPackets.sign(M, data1, data2));
        f.put("merchantReturnURL", "https://shop.example/cb");
        f.put("lang", "tr");
        return f;
    }
}
