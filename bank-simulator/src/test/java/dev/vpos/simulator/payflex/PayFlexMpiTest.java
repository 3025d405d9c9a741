package dev.vpos.simulator.payflex;

import static dev.vpos.simulator.payflex.PayFlexBankTest.FORM;
import static dev.vpos.simulator.payflex.PayFlexBankTest.MERCHANT;
import static dev.vpos.simulator.payflex.PayFlexBankTest.PASSWORD;
import static dev.vpos.simulator.payflex.PayFlexBankTest.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The simulated MPI, ACS and the 3-D provision's check of the MPI data. */
class PayFlexMpiTest {

    private static final String BASE = "http://bank.test/bank-simulator";
    private final Ledger ledger = new Ledger();
    private final PayFlexBank bank = new PayFlexBank(
            PayFlexMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());

    static Map<String, String> enrollment(String id, String pan, String amount) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MerchantId", MERCHANT);
        f.put("MerchantPassword", PASSWORD);
        f.put("MerchantType", "0");
        f.put("PurchaseAmount", amount);
        f.put("VerifyEnrollmentRequestId", id);
        f.put("Currency", "949");
        f.put("SuccessUrl", "https://shop.test/ok");
        f.put("FailureUrl", "https://shop.test/fail");
        f.put("Pan", pan);
        f.put("ExpiryDate", "3012");
        f.put("BrandName", "100");
        f.put("IsRecurring", "false");
        f.put("SessionInfo", id);
        return f;
    }

    /** The hidden fields and action of an auto-posting page. */
    static Map<String, String> form(PayFlexReply page) {
        Map<String, String> f = new LinkedHashMap<>();
        Matcher action =
                Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"").matcher(page.text());
        f.put("@action", action.find() ? unescape(action.group(1)) : "");
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")
                .matcher(page.text());
        while (m.find()) {
            f.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        return f;
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Enrollment → ACS page → OTP → TermUrl: the fields posted to the merchant. */
    Map<String, String> authenticate(String id, String pan, String amount, String otp) {
        PayFlexReply enrolled = bank.mpi().enroll(enrollment(id, pan, amount), BASE);
        assertEquals("Y", field(enrolled, "Status"), enrolled.text());
        assertEquals(BASE + PayFlexMpi.ACS_PATH, field(enrolled, "ACSUrl"));
        Map<String, String> toAcs = Map.of(
                "PaReq", field(enrolled, "PaReq"), "TermUrl", field(enrolled, "TermUrl"), "MD", field(enrolled, "MD"));
        PayFlexReply page = bank.mpi().acsPage(toAcs);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("435508******4358") || !pan.equals("4355084355084358"), page.text());
        assertFalse(page.text().contains(pan), "the ACS page shows the card masked");
        PayFlexReply toTerm = bank.mpi().acsVerify(Map.of("MD", toAcs.get("MD"), "otp", otp, "action", "submit"), BASE);
        Map<String, String> term = form(toTerm);
        assertEquals(BASE + PayFlexMpi.TERM_URL_PATH, term.get("@action"));
        return form(bank.mpi().termUrl(term));
    }

    static Map<String, String> provision(Map<String, String> callback, String orderId, String amount, String pan) {
        Map<String, String> f = PayFlexBankTest.sale("Sale", orderId, amount, pan);
        f.remove("Cvv");
        f.put("ECI", callback.get("Eci"));
        f.put("CAVV", callback.get("Cavv"));
        f.put("MpiTransactionId", callback.get("VerifyEnrollmentRequestId"));
        return f;
    }

    PayFlexReply vpos(Map<String, String> f) {
        return bank.vpos(PayFlexBankTest.prmstr("VposRequest", f), FORM);
    }

    @Test
    void theRightOtpAuthenticatesAndTheProvisionPasses() {
        Map<String, String> callback = authenticate("VP3D0001", "4355084355084358", "10.00", PayFlexMpi.OTP);

        assertEquals("https://shop.test/ok", callback.get("@action"));
        assertEquals("Y", callback.get("Status"));
        assertEquals("1000", callback.get("PurchAmount"), "minor units");
        assertEquals("949", callback.get("PurchCurrency"));
        assertEquals("05", callback.get("Eci"));
        assertFalse(callback.containsKey("Hash"), "PayFlex signs nothing in the callback");

        PayFlexReply r = vpos(provision(callback, "VP3D0001", "10.00", "4355084355084358"));
        assertEquals("0000", field(r, "ResultCode"), r.text());
        assertEquals("2", field(r, "ThreeDSecureType"));
        assertEquals(
                LedgerType.SALE,
                ledger.entriesOf(PayFlexBank.FAMILY, MERCHANT, "VP3D0001")
                        .get(0)
                        .type());

        Map<String, String> again = provision(callback, "VP3D0001B", "10.00", "4355084355084358");
        assertEquals("1128", field(vpos(again), "ResultCode"), "an authentication pays once");
    }

    @Test
    void aWrongOtpOrCancelFailsToTheFailureUrl() {
        Map<String, String> callback = authenticate("VP3D0002", "4355084355084358", "10.00", "000000");
        assertEquals("https://shop.test/fail", callback.get("@action"));
        assertEquals("N", callback.get("Status"));
        assertEquals(PayFlexMpi.AUTHENTICATION_FAILED, callback.get("ErrorCode"));
        Map<String, String> forged = provision(callback, "VP3D0002", "10.00", "4355084355084358");
        assertEquals("0581", field(vpos(forged), "ResultCode"), "no ECI/CAVV after a failure");
        forged.put("ECI", "05");
        forged.put("CAVV", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assertEquals(
                PayFlexMpi.AUTHENTICATION_FAILED,
                field(vpos(forged), "ResultCode"),
                "a provision claiming a failed authentication succeeded is refused");

        PayFlexReply enrolled = bank.mpi().enroll(enrollment("VP3D0003", "4355084355084358", "10.00"), BASE);
        PayFlexReply toTerm = bank.mpi()
                .acsVerify(Map.of("MD", field(enrolled, "MD"), "otp", PayFlexMpi.OTP, "action", "cancel"), BASE);
        assertEquals("N", form(bank.mpi().termUrl(form(toTerm))).get("Status"));
    }

    @Test
    void aProvisionWithOtherMpiDataIsRefused() {
        Map<String, String> callback = authenticate("VP3D0004", "4355084355084358", "10.00", PayFlexMpi.OTP);
        Map<String, String> forgedCavv = provision(callback, "VP3D0004", "10.00", "4355084355084358");
        forgedCavv.put("CAVV", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assertEquals("1117", field(vpos(forgedCavv), "ResultCode"));
        Map<String, String> otherAmount = provision(callback, "VP3D0004", "100.00", "4355084355084358");
        assertEquals("1126", field(vpos(otherAmount), "ResultCode"));
        Map<String, String> unknownMpi = provision(callback, "VP3D0004", "10.00", "4355084355084358");
        unknownMpi.put("MpiTransactionId", "NOSUCH");
        assertEquals("1115", field(vpos(unknownMpi), "ResultCode"));
        assertTrue(ledger.entriesOf(PayFlexBank.FAMILY, MERCHANT, "VP3D0004").isEmpty());
    }

    @Test
    void enrollmentAnswersNotEnrolledAndErrors() {
        assertEquals(
                "N",
                field(
                        bank.mpi().enroll(enrollment("VP3D0005", PayFlexOutcomes.NOT_ENROLLED_CARD, "10.00"), BASE),
                        "Status"));
        Map<String, String> wrongPassword = enrollment("VP3D0006", "4355084355084358", "10.00");
        wrongPassword.put("MerchantPassword", "x");
        PayFlexReply e = bank.mpi().enroll(wrongPassword, BASE);
        assertEquals("E", field(e, "Status"));
        assertEquals("9065", field(e, "MessageErrorCode"));
        bank.mpi().enroll(enrollment("VP3D0007", "4355084355084358", "10.00"), BASE);
        assertEquals(
                "1006",
                field(
                        bank.mpi().enroll(enrollment("VP3D0007", "4355084355084358", "10.00"), BASE),
                        "MessageErrorCode"));
        assertEquals(
                400,
                bank.mpi()
                        .acsPage(Map.of("MD", "nope", "PaReq", "x", "TermUrl", "y"))
                        .status());
    }

    @Test
    void pagesEscapeWhatTheMerchantSent() {
        Map<String, String> f = enrollment("VP3D0008", "4355084355084358", "10.00");
        f.put("SuccessUrl", "https://shop.test/ok?a=\"><script>x</script>");
        PayFlexReply enrolled = bank.mpi().enroll(f, BASE);
        PayFlexReply toTerm = bank.mpi()
                .acsVerify(Map.of("MD", field(enrolled, "MD"), "otp", PayFlexMpi.OTP, "action", "submit"), BASE);
        PayFlexReply toMerchant = bank.mpi().termUrl(form(toTerm));
        assertFalse(toMerchant.text().contains("<script>x"), toMerchant.text());
        assertEquals(
                "https://shop.test/ok?a=\"><script>x</script>", form(toMerchant).get("@action"));
    }
}
