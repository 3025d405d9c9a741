package dev.vpos.simulator.est;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 3-D gate, the ACS page, the callback it signs, and the 3D model's provision call that uses its md. */
class EstGateTest {

    private static final Charset TURKISH = Charset.forName("ISO-8859-9");
    private final Ledger ledger = new Ledger();
    private final EstThreeDsSessions sessions = new EstThreeDsSessions();
    private final EstBank bank =
            new EstBank(SaleRequests.MERCHANTS, ledger, SaleRequests.NOV_23_2026, new Random(5), sessions);
    private final EstGate gate = new EstGate(SaleRequests.MERCHANTS, bank, sessions, new Random(6));

    /** A ver3 form of the Payten test merchant, signed with its store key (TRPS0200). */
    static Map<String, String> form(String storeType, String orderId, String amount, String pan) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("clientid", "700655000200");
        f.put("storetype", storeType);
        f.put("amount", amount);
        f.put("oid", orderId);
        f.put("okUrl", "https://shop.example/ok");
        f.put("failUrl", "https://shop.example/fail");
        f.put("rnd", "kP/2JB5ajHJt+yVhHNG9");
        f.put("lang", "tr");
        f.put("currency", "949");
        f.put("taksit", "");
        f.put("TranType", "Auth");
        f.put("hashAlgorithm", "ver3");
        if (pan != null) {
            f.put("pan", pan);
            f.put("Ecom_Payment_Card_ExpDate_Month", "12");
            f.put("Ecom_Payment_Card_ExpDate_Year", "30");
            f.put("cv2", "000");
        }
        return sign(f, "TRPS0200");
    }

    static Map<String, String> sign(Map<String, String> f, String key) {
        f.remove("hash");
        f.put("hash", EstHashV3.of(f, key));
        return f;
    }

    private EstGate.Callback authenticate(Map<String, String> form, String otp) {
        EstGate.AcsPage acs = assertInstanceOf(EstGate.AcsPage.class, gate.submit(form));
        return assertInstanceOf(EstGate.Callback.class, gate.acs(Map.of("token", acs.token(), "otp", otp)));
    }

    private static void assertSigned(EstGate.Callback c) {
        assertTrue(
                EstHashV3.matches(c.fields().get("HASH"), EstHashV3.of(c.fields(), "TRPS0200")),
                c.fields().toString());
    }

    private List<LedgerEntry> booked(String orderId) {
        return ledger.entriesOf(EstBank.FAMILY, "700655000200", orderId);
    }

    @Test
    void theRightPasswordAuthenticatesAndTheCallbackIsSignedAndCarriesNoCard() {
        EstGate.Callback c = authenticate(form("3d", "g-1", "10.00", SaleRequests.APPROVING_VISA), "123456");

        assertEquals("https://shop.example/ok", c.url());
        assertEquals("1", c.fields().get("mdStatus"));
        assertEquals("Y", c.fields().get("txstatus"));
        assertEquals("05", c.fields().get("eci"));
        assertFalse(c.fields().get("cavv").isEmpty());
        assertEquals("4355 08** **** 4358", c.fields().get("maskedCreditCard"));
        assertEquals("g-1", c.fields().get("oid"));
        assertFalse(c.fields().containsKey("pan")
                || c.fields().containsKey("cv2")
                || c.fields().containsKey("hash"));
        assertFalse(c.fields().containsValue(SaleRequests.APPROVING_VISA));
        assertSigned(c);
        assertTrue(booked("g-1").isEmpty(), "3D: the gate does not provision");
    }

    @Test
    void aWrongPasswordOrCancelFailsTheAuthentication() {
        EstGate.Callback wrong = authenticate(form("3d_pay", "g-2", "10.00", SaleRequests.APPROVING_VISA), "111111");
        assertEquals("https://shop.example/fail", wrong.url());
        assertEquals("0", wrong.fields().get("mdStatus"));
        assertEquals("", wrong.fields().get("cavv"));
        assertFalse(wrong.fields().containsKey("ProcReturnCode"));
        assertSigned(wrong);

        EstGate.AcsPage acs = assertInstanceOf(
                EstGate.AcsPage.class, gate.submit(form("3d", "g-3", "10.00", SaleRequests.APPROVING_VISA)));
        EstGate.Callback cancelled = assertInstanceOf(
                EstGate.Callback.class, gate.acs(Map.of("token", acs.token(), "cancel", "1", "otp", "123456")));
        assertEquals("0", cancelled.fields().get("mdStatus"));
        assertInstanceOf(
                EstGate.ErrorPage.class,
                gate.acs(Map.of("token", acs.token(), "otp", "123456")),
                "an ACS page is answered once");
        assertTrue(booked("g-2").isEmpty());
    }

    @Test
    void aNotEnrolledCardSkipsTheAcsWithMdStatusTwo() {
        EstGate.Callback c = assertInstanceOf(
                EstGate.Callback.class, gate.submit(form("3d_pay", "g-4", "10.00", EstOutcomes.NOT_ENROLLED_CARD)));

        assertEquals("2", c.fields().get("mdStatus"));
        assertEquals("https://shop.example/fail", c.url());
        assertTrue(booked("g-4").isEmpty());
    }

    @Test
    void threeDPayProvisionsAtTheGateAndBooksWhatItAnswers() {
        EstGate.Callback c = authenticate(form("3d_pay", "g-5", "10.00", SaleRequests.APPROVING_VISA), "123456");

        assertEquals("Approved", c.fields().get("Response"));
        assertEquals("00", c.fields().get("ProcReturnCode"));
        LedgerEntry e = booked("g-5").get(0);
        assertEquals(c.fields().get("AuthCode"), e.authCode());
        assertEquals(c.fields().get("TransId"), e.transId());
        assertEquals(c.fields().get("HostRefNum"), e.hostRefNum());
        assertSigned(c);

        EstGate.Callback lost = authenticate(form("3d_pay", "g-6", "10.00", "4000000000000044"), "123456");
        assertEquals("41", lost.fields().get("ProcReturnCode"));
        assertEquals("https://shop.example/fail", lost.url());
        EstGate.Callback again = authenticate(form("3d_pay", "g-5", "10.00", SaleRequests.APPROVING_VISA), "123456");
        assertEquals("CORE-2050", again.fields().get("ErrorCode"));
    }

    @Test
    void threeDHostShowsTheBanksCardFormFirst() {
        EstGate.CardForm form =
                assertInstanceOf(EstGate.CardForm.class, gate.submit(form("3d_pay_hosting", "g-7", "10.00", null)));
        EstGate.AcsPage acs = assertInstanceOf(
                EstGate.AcsPage.class,
                gate.card(Map.of(
                        "token",
                        form.token(),
                        "pan",
                        SaleRequests.APPROVING_MASTERCARD,
                        "Ecom_Payment_Card_ExpDate_Month",
                        "12",
                        "Ecom_Payment_Card_ExpDate_Year",
                        "30",
                        "cv2",
                        "000")));
        EstGate.Callback c =
                assertInstanceOf(EstGate.Callback.class, gate.acs(Map.of("token", acs.token(), "otp", "123456")));

        assertEquals("Approved", c.fields().get("Response"));
        assertEquals("02", c.fields().get("eci"), "Mastercard");
        assertEquals("540134******7891", booked("g-7").get(0).maskedPan());
    }

    @Test
    void aTamperedFormOrAWrongStoreKeyGetsASignedErrorToTheFailUrl() {
        Map<String, String> tampered = form("3d_pay", "g-8", "10.00", SaleRequests.APPROVING_VISA);
        tampered.put("amount", "1.00");
        EstGate.Callback c = assertInstanceOf(EstGate.Callback.class, gate.submit(tampered));
        assertEquals("HPP-1003", c.fields().get("ErrorCode"));
        assertEquals("Error", c.fields().get("Response"));
        assertEquals("https://shop.example/fail", c.url());
        assertFalse(c.fields().containsKey("mdStatus"));
        assertSigned(c);

        EstGate.Callback wrongKey = assertInstanceOf(
                EstGate.Callback.class,
                gate.submit(sign(form("3d", "g-9", "10.00", SaleRequests.APPROVING_VISA), "123456")));
        assertEquals("HPP-1003", wrongKey.fields().get("ErrorCode"));
        assertTrue(booked("g-8").isEmpty());
    }

    @Test
    void badFieldsAndBadCardsAreGateErrorsAndAnUnknownMerchantAnErrorPage() {
        assertEquals(
                "HPP-1002",
                ((EstGate.Callback) gate.submit(form("3d_host", "g-10", "10.00", SaleRequests.APPROVING_VISA)))
                        .fields()
                        .get("ErrorCode"));
        assertEquals(
                "HPP-1002",
                ((EstGate.Callback) gate.submit(form("3d", "g-10", "10.001", SaleRequests.APPROVING_VISA)))
                        .fields()
                        .get("ErrorCode"));
        assertEquals(
                "HPP-1001",
                ((EstGate.Callback) gate.submit(form("3d", "g-10", "10.00", "4355084355084359")))
                        .fields()
                        .get("ErrorCode"));
        Map<String, String> stranger = form("3d", "g-10", "10.00", SaleRequests.APPROVING_VISA);
        stranger.put("clientid", "123456789");
        assertInstanceOf(EstGate.ErrorPage.class, gate.submit(stranger));
    }

    // ---- the 3D model's provision ----------------------------------------------------------------------------

    private Cc5Response provision(Map<String, String> callback, String orderId, String total, String type) {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Request><Name>ISBANKAPI</Name>"
                + "<Password>ISBANK07</Password><ClientId>700655000200</ClientId><Type>" + type + "</Type>"
                + "<IPAddress></IPAddress><OrderId>" + orderId + "</OrderId><Total>" + total + "</Total>"
                + "<Currency>949</Currency><Taksit></Taksit><Number>" + callback.get("md") + "</Number>"
                + "<PayerTxnId>" + callback.get("xid") + "</PayerTxnId><PayerSecurityLevel>" + callback.get("eci")
                + "</PayerSecurityLevel><PayerAuthenticationCode>" + callback.get("cavv")
                + "</PayerAuthenticationCode><Mode>P</Mode></CC5Request>";
        EstBank.Decision d = bank.decide(xml.getBytes(TURKISH), "text/xml; charset=ISO-8859-9");
        return Cc5Response.parse(EstResponseWriter.write(bank.answer(d)));
    }

    @Test
    void theProvisionWithTheMdIsApprovedOnceAndBooked() {
        EstGate.Callback c = authenticate(form("3d", "p-1", "10.00", SaleRequests.APPROVING_VISA), "123456");

        Cc5Response r = provision(c.fields(), "p-1", "10.00", "Auth");

        assertEquals("Approved", r.get("Response"), r.get("ErrMsg"));
        assertEquals("VISA", r.extra("CARDBRAND"));
        assertEquals("435508******4358", booked("p-1").get(0).maskedPan());
        assertEquals("CORE-3008", provision(c.fields(), "p-1", "10.00", "Auth").extra("ERRORCODE"));
    }

    @Test
    void aProvisionThatDiffersFromTheAuthenticationIsRefusedAndTheMdStaysUsable() {
        EstGate.Callback c = authenticate(form("3d", "p-2", "10.00", SaleRequests.APPROVING_VISA), "123456");
        Map<String, String> otherCavv = new LinkedHashMap<>(c.fields());
        otherCavv.put("cavv", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");

        assertEquals("CORE-3009", provision(c.fields(), "p-2", "1.00", "Auth").extra("ERRORCODE"));
        assertEquals(
                "CORE-3009", provision(c.fields(), "p-2", "10.00", "PreAuth").extra("ERRORCODE"));
        assertEquals("CORE-3008", provision(otherCavv, "p-2", "10.00", "Auth").extra("ERRORCODE"));
        assertTrue(booked("p-2").isEmpty());
        assertEquals("Approved", provision(c.fields(), "p-2", "10.00", "Auth").get("Response"));
    }

    @Test
    void aFailedAuthenticationLeavesNoMdToProvision() {
        EstGate.Callback c = authenticate(form("3d", "p-3", "10.00", SaleRequests.APPROVING_VISA), "000000");

        assertEquals("CORE-3008", provision(c.fields(), "p-3", "10.00", "Auth").extra("ERRORCODE"));
    }

    @Test
    void thePagesEscapeValuesAndTheCallbackAutoSubmitsToTheMerchant() {
        EstGate.Callback c = new EstGate.Callback("https://shop.example/ok?a=1&b=2", Map.of("x", "\"><script>"));
        String html = EstGatePages.html(c, "/bank-simulator/est/fim");

        assertTrue(html.contains("action=\"https://shop.example/ok?a=1&amp;b=2\""), html);
        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;\""), html);
        assertTrue(html.contains("document.getElementById('callback').submit()"), html);
        String acs = EstGatePages.html(
                new EstGate.AcsPage("t0k", "435508******4358", "10.00", "949", "M"), "/bank-simulator/est/fim");
        assertTrue(
                acs.contains("action=\"/bank-simulator/est/fim/acs\"")
                        && acs.contains("name=\"otp\"")
                        && acs.contains("name=\"cancel\"")
                        && acs.contains("435508******4358"),
                acs);
    }
}
