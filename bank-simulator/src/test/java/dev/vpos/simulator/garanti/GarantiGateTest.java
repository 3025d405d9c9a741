package dev.vpos.simulator.garanti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.garanti.GarantiGate.GatePage;
import dev.vpos.simulator.garanti.GarantiGate.Kind;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The simulated gt3dengine: ACS page and OTP, not-enrolled card, signed callbacks, provisioning for 3D Pay / Host. */
class GarantiGateTest {

    private static final String GATE = "http://bank/garanti/servlet/gt3dengine";
    private static final String OK_URL = "https://shop.example/ok";
    private static final String FAIL_URL = "https://shop.example/fail";

    private final Ledger ledger = new Ledger();
    private final GarantiMerchants merchants = GarantiMerchants.fromClasspath();
    private final GarantiBank bank = new GarantiBank(merchants, ledger, GarantiBankTest.CLOCK, new Random(3));
    private final GarantiGate gate = new GarantiGate(merchants, bank, new Random(5));

    static Map<String, String> form(String level, String orderId, String amount, String pan) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("secure3dsecuritylevel", level);
        f.put("mode", "TEST");
        f.put("apiversion", "512");
        f.put("terminalprovuserid", "PROVAUT");
        f.put("terminaluserid", "PROVAUT");
        f.put("terminalmerchantid", GvpsRequests.MERCHANT);
        f.put("terminalid", GvpsRequests.TERMINAL);
        f.put("txntype", "sales");
        f.put("txnamount", amount);
        f.put("txncurrencycode", "949");
        f.put("txninstallmentcount", "");
        f.put("orderid", orderId);
        f.put("successurl", OK_URL);
        f.put("errorurl", FAIL_URL);
        if (pan != null) {
            f.put("cardnumber", pan);
            f.put("cardexpiredatemonth", "12");
            f.put("cardexpiredateyear", "30");
            f.put("cardcvv2", "123");
        }
        f.put("secure3dhash", GarantiCrypt.secure3dHash(f, GvpsRequests.STORE_KEY, GvpsRequests.PROV_PASSWORD));
        return f;
    }

    private GatePage otp(GatePage acsPage, String otp) {
        return gate.acs(Map.of("token", acsPage.fields().get("token"), "otp", otp, "action", "submit"), GATE);
    }

    private static void assertSigned(GatePage callback) {
        Map<String, String> f = callback.fields();
        String value = GarantiCrypt.hashParamsValue(f.get("hashparams"), f);
        assertEquals(GarantiCrypt.callbackHash(value, GvpsRequests.STORE_KEY), f.get("hash"));
        assertFalse(f.containsKey("cardnumber") || f.containsKey("cardcvv2"), "the callback never echoes the card");
    }

    @Test
    void threeDWithTheRightOtpAuthenticatesAndTheProvisionUsesTheMd() {
        GatePage acs = gate.begin(form("3D", "VP3D0000000000000001", "12345", "4355084355084358"), GATE);
        assertEquals(Kind.ACS_PAGE, acs.kind());
        assertTrue(acs.html().contains("435508******4358") && acs.html().contains("123.45 TL"), acs.html());
        assertFalse(acs.html().contains("4355084355084358"));
        GatePage callback = otp(acs, GarantiGate.OTP);
        assertEquals(Kind.CALLBACK, callback.kind());
        assertEquals(OK_URL, callback.action());
        assertEquals("1", callback.fields().get("mdstatus"));
        assertEquals("05", callback.fields().get("eci"));
        assertSigned(callback);
        assertTrue(ledger.newestFirst(java.util.Optional.empty()).isEmpty(), "3D alone provisions nothing");

        Map<String, String> c = callback.fields();
        GvpsRequests provision = GvpsRequests.of("sales", "VP3D0000000000000001", "12345")
                .set("Transaction/CardholderPresentCode", "13")
                .set("Transaction/Secure3D/AuthenticationCode", c.get("cavv"))
                .set("Transaction/Secure3D/SecurityLevel", c.get("eci"))
                .set("Transaction/Secure3D/TxnID", c.get("xid"))
                .set("Transaction/Secure3D/Md", c.get("md"));
        GarantiAnswer approved = bank.answer(bank.decide(provision.xml(), "text/xml"));
        assertEquals("00", approved.verdict().code());
        assertEquals("435508******4358", approved.cardMasked());
        GarantiAnswer again = bank.answer(bank.decide(provision.xml(), "text/xml"));
        assertEquals("0005", again.verdict().reasonCode(), "an MD provisions once");
    }

    @Test
    void aWrongOtpOrCancelFailsTheAuthentication() {
        GatePage wrong =
                otp(gate.begin(form("3D", "VP3DWRONG00000000001", "1000", "4355084355084358"), GATE), "000000");
        assertEquals(FAIL_URL, wrong.action());
        assertEquals("0", wrong.fields().get("mdstatus"));
        assertEquals("", wrong.fields().get("md"));
        assertSigned(wrong);
        GatePage acs = gate.begin(form("3D_PAY", "VP3DCANCEL0000000001", "1000", "4355084355084358"), GATE);
        GatePage cancelled =
                gate.acs(Map.of("token", acs.fields().get("token"), "otp", GarantiGate.OTP, "action", "cancel"), GATE);
        assertEquals("0", cancelled.fields().get("mdstatus"));
        assertTrue(ledger.newestFirst(java.util.Optional.empty()).isEmpty(), "no provision without authentication");
        assertEquals(Kind.ERROR, otp(acs, GarantiGate.OTP).kind(), "a token is used once");
    }

    @Test
    void aNotEnrolledCardSkipsTheAcsWithMdStatusTwo() {
        GatePage callback = gate.begin(form("3D", "VP3DNOTENROLLED00001", "1000", "4000000000000069"), GATE);
        assertEquals(Kind.CALLBACK, callback.kind());
        assertEquals("2", callback.fields().get("mdstatus"));
        assertSigned(callback);
    }

    @Test
    void aFormWithAWrongHashComesBackAsAnError() {
        Map<String, String> f = new HashMap<>(form("3D_PAY", "VP3DBADHASH000000001", "1000", "4355084355084358"));
        f.put("txnamount", "1");
        GatePage callback = gate.begin(f, GATE);
        assertEquals(FAIL_URL, callback.action());
        assertEquals("Error", callback.fields().get("response"));
        assertEquals("99", callback.fields().get("procreturncode"));
        assertSigned(callback);
        assertEquals(
                Kind.ERROR, gate.begin(Map.of("terminalid", "99999999"), GATE).kind());
    }

    @Test
    void threeDPayProvisionsAtTheGateAndBooksTheResult() {
        GatePage approved = otp(
                gate.begin(form("3D_PAY", "VP3DPAY0000000000001", "5000", "5401341234567891"), GATE), GarantiGate.OTP);
        assertEquals(OK_URL, approved.action());
        assertEquals("Approved", approved.fields().get("response"));
        assertEquals("00", approved.fields().get("procreturncode"));
        assertEquals("02", approved.fields().get("eci"));
        assertSigned(approved);
        LedgerEntry e = ledger.entriesOf("GARANTI", GvpsRequests.TERMINAL, "VP3DPAY0000000000001")
                .get(0);
        assertEquals(approved.fields().get("hostrefnum"), e.hostRefNum());
        assertEquals(approved.fields().get("authcode"), e.authCode());

        GatePage declined = otp(
                gate.begin(form("3D_PAY", "VP3DPAY0000000000002", "5000", "4546711234567894"), GATE), GarantiGate.OTP);
        assertEquals(FAIL_URL, declined.action());
        assertEquals("Declined", declined.fields().get("response"));
        assertEquals("51", declined.fields().get("procreturncode"));
    }

    @Test
    void threeDHostShowsTheBanksCardPageFirst() {
        GatePage cardPage = gate.begin(form("3D_OOS_PAY", "VP3DHOST000000000001", "7500", null), GATE);
        assertEquals(Kind.CARD_PAGE, cardPage.kind());
        String token = cardPage.fields().get("token");
        GatePage again = gate.card(
                Map.of(
                        "token",
                        token,
                        "cardnumber",
                        "1234",
                        "cardexpiredatemonth",
                        "12",
                        "cardexpiredateyear",
                        "30",
                        "cardcvv2",
                        "123"),
                GATE);
        assertEquals(Kind.CARD_PAGE, again.kind(), "a bad card shows the card page again");
        GatePage acs = gate.card(
                Map.of(
                        "token",
                        token,
                        "cardnumber",
                        "4355 0843 5508 4358",
                        "cardexpiredatemonth",
                        "12",
                        "cardexpiredateyear",
                        "30",
                        "cardcvv2",
                        "123"),
                GATE);
        assertEquals(Kind.ACS_PAGE, acs.kind());
        GatePage callback = otp(acs, GarantiGate.OTP);
        assertEquals("Approved", callback.fields().get("response"));
        assertEquals("435508******4358", callback.fields().get("MaskedPan"));
        assertSigned(callback);
    }
}
