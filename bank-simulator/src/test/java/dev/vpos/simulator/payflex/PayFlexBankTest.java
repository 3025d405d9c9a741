package dev.vpos.simulator.payflex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.payflex.PayFlexReply.Fault;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The simulated VakıfBank provision and search services, called directly (no HTTP). */
class PayFlexBankTest {

    static final String MERCHANT = "000000000111111";
    static final String PASSWORD = "3XTgER89as";
    static final String TERMINAL = "VP000095";
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private final Ledger ledger = new Ledger();
    private final PayFlexBank bank = new PayFlexBank(
            PayFlexMerchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());

    // ------------------------------------------------------------------ helpers

    static Map<String, String> sale(String type, String orderId, String amount, String pan) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MerchantId", MERCHANT);
        f.put("Password", PASSWORD);
        f.put("TerminalNo", TERMINAL);
        f.put("TransactionType", type);
        f.put("TransactionId", orderId);
        f.put("OrderId", orderId);
        f.put("CurrencyAmount", amount);
        f.put("CurrencyCode", "949");
        f.put("ClientIp", "10.0.0.1");
        f.put("TransactionDeviceSource", "0");
        f.put("Pan", pan);
        f.put("Expiry", "203012");
        f.put("Cvv", "000");
        return f;
    }

    static Map<String, String> followUp(String type, String transactionId, String reference, String amount) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MerchantId", MERCHANT);
        f.put("Password", PASSWORD);
        if (type.equals("Capture")) {
            f.put("TerminalNo", TERMINAL);
        }
        f.put("TransactionType", type);
        f.put("TransactionId", transactionId);
        f.put("ReferenceTransactionId", reference);
        if (amount != null) {
            f.put("CurrencyAmount", amount);
            f.put("CurrencyCode", "949");
        }
        f.put("ClientIp", "10.0.0.1");
        return f;
    }

    static byte[] prmstr(String root, Map<String, ?> fields) {
        String xml = PayFlexMarkup.xml(root, fields);
        return ("prmstr=" + URLEncoder.encode(xml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
    }

    PayFlexReply vpos(Map<String, String> fields) {
        return bank.vpos(prmstr("VposRequest", fields), FORM);
    }

    static String field(PayFlexReply reply, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(reply.text());
        return m.find() ? m.group(1) : null;
    }

    LedgerOrder order(String orderId) {
        return ledger.order(PayFlexBank.FAMILY, MERCHANT, orderId);
    }

    // ------------------------------------------------------------------ parsing and credentials

    @Test
    void anUnreadableRequestIsAFormatError() {
        PayFlexReply r = bank.vpos("prmstr=%3CVposRequest%3E%3CMerchantId".getBytes(StandardCharsets.US_ASCII), FORM);
        assertEquals("0030", field(r, "ResultCode"));
        assertTrue(ledger.newestFirst(Optional.empty()).isEmpty());
    }

    @Test
    void aDoctypeIsRefusedNotExpanded() {
        String xml =
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><VposRequest><MerchantId>&e;</MerchantId></VposRequest>";
        PayFlexReply r = bank.vpos(
                ("prmstr=" + URLEncoder.encode(xml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII), FORM);
        assertEquals("0030", field(r, "ResultCode"));
    }

    @Test
    void credentialsAndTerminalAreChecked() {
        Map<String, String> unknown = sale("Sale", "VP2601010000000001A1", "10.00", "4355084355084358");
        unknown.put("MerchantId", "999");
        assertEquals("9039", field(vpos(unknown), "ResultCode"));
        Map<String, String> wrongPassword = sale("Sale", "VP2601010000000001A1", "10.00", "4355084355084358");
        wrongPassword.put("Password", "nope");
        assertEquals("9065", field(vpos(wrongPassword), "ResultCode"));
        Map<String, String> wrongTerminal = sale("Sale", "VP2601010000000001A1", "10.00", "4355084355084358");
        wrongTerminal.put("TerminalNo", "VP999998");
        assertEquals("1125", field(vpos(wrongTerminal), "ResultCode"));
        assertTrue(ledger.newestFirst(Optional.empty()).isEmpty(), "refusals are not booked");
    }

    @Test
    void fieldFormatsAreChecked() {
        Map<String, String> badPan = sale("Sale", "VP1", "10.00", "4355084355084359");
        assertEquals("1051", field(vpos(badPan), "ResultCode"));
        Map<String, String> badAmount = sale("Sale", "VP2", "10.5", "4355084355084358");
        assertEquals("1049", field(vpos(badAmount), "ResultCode"));
        Map<String, String> badExpiry = sale("Sale", "VP3", "10.00", "4355084355084358");
        badExpiry.put("Expiry", "1230");
        assertEquals("1052", field(vpos(badExpiry), "ResultCode"));
        Map<String, String> noCvv = sale("Sale", "VP4", "10.00", "4355084355084358");
        noCvv.remove("Cvv");
        assertEquals("1050", field(vpos(noCvv), "ResultCode"));
        Map<String, String> badCurrency = sale("Sale", "VP5", "10.00", "4355084355084358");
        badCurrency.put("CurrencyCode", "TL");
        assertEquals("1077", field(vpos(badCurrency), "ResultCode"));
    }

    // ------------------------------------------------------------------ authorisations

    @Test
    void anApprovedSaleIsBookedWithTheCodesItAnswered() {
        PayFlexReply r = vpos(sale("Sale", "VP260101AAAAAAAAAAAA", "100.25", "4355084355084358"));

        assertEquals("0000", field(r, "ResultCode"));
        assertEquals("VP260101AAAAAAAAAAAA", field(r, "TransactionId"));
        assertEquals("VP260101AAAAAAAAAAAA", field(r, "OrderId"));
        assertEquals("1", field(r, "ThreeDSecureType"));
        LedgerEntry e = ledger.newestFirst(Optional.empty()).get(0);
        assertEquals(LedgerEntry.APPROVED, e.resultCode());
        assertEquals(LedgerType.SALE, e.type());
        assertEquals(field(r, "AuthCode"), e.authCode());
        assertEquals(field(r, "Rrn"), e.hostRefNum());
        assertEquals(field(r, "TransactionId"), e.transId());
        assertEquals("435508******4358", e.maskedPan());
        assertEquals(new BigDecimal("100.25"), e.amount());
        assertFalse(r.text().contains("4355084355084358"), "the answer never carries the card");
    }

    @Test
    void testCardsAndAmountsDeclineWithVakifbankCodes() {
        assertEquals("0051", field(vpos(sale("Sale", "VPC1", "10.00", "4546711234567894")), "ResultCode"));
        assertEquals("0054", field(vpos(sale("Sale", "VPC2", "10.00", "4508034508034509")), "ResultCode"));
        assertEquals("0005", field(vpos(sale("Sale", "VPC3", "10.00", "4000000000000002")), "ResultCode"));
        assertEquals("0041", field(vpos(sale("Sale", "VPC4", "10.00", "4000000000000044")), "ResultCode"));
        assertEquals("0051", field(vpos(sale("Sale", "VPA1", "10.51", "5401341234567891")), "ResultCode"));
        assertEquals("0054", field(vpos(sale("Sale", "VPA2", "10.54", "5401341234567891")), "ResultCode"));
        assertEquals("0005", field(vpos(sale("Sale", "VPA3", "10.05", "5401341234567891")), "ResultCode"));
        assertEquals("0041", field(vpos(sale("Sale", "VPA4", "10.41", "5401341234567891")), "ResultCode"));
        Map<String, String> expired = sale("Sale", "VPE1", "10.00", "5401341234567891");
        expired.put("Expiry", "202001");
        assertEquals("0054", field(vpos(expired), "ResultCode"));
        assertEquals(
                "0051",
                ledger.entriesOf(PayFlexBank.FAMILY, MERCHANT, "VPC1").get(0).resultCode(),
                "declines are booked");
    }

    @Test
    void magicAmountsCarryTheirFaults() {
        PayFlexReply http500 = vpos(sale("Sale", "VPF1", "9999.99", "4355084355084358"));
        assertEquals(Fault.HTTP_500, http500.fault());
        assertTrue(ledger.entriesOf(PayFlexBank.FAMILY, MERCHANT, "VPF1").isEmpty(), "HTTP 500 books nothing");

        PayFlexReply malformed = vpos(sale("Sale", "VPF2", "8888.88", "4355084355084358"));
        assertEquals(Fault.MALFORMED, malformed.fault());
        assertTrue(malformed.wireBody().length < malformed.body().length);
        assertTrue(order("VPF2").exists(), "the bank did it; only the answer broke");

        assertEquals(
                Fault.SLOW,
                vpos(sale("Sale", "VPF3", "7777.77", "4355084355084358")).fault());
        PayFlexReply reset = vpos(sale("Sale", "VPF4", "6666.66", "4355084355084358"));
        assertEquals(Fault.RESET, reset.fault());
        assertTrue(order("VPF4").exists());
    }

    @Test
    void anOrderIsApprovedOnceAndATransactionIdUsedOnce() {
        assertEquals("0000", field(vpos(sale("Sale", "VPD1", "10.00", "4355084355084358")), "ResultCode"));
        Map<String, String> sameOrder = sale("Sale", "VPD1", "10.00", "4355084355084358");
        sameOrder.put("TransactionId", "VPD1B");
        assertEquals("1061", field(vpos(sameOrder), "ResultCode"));
        Map<String, String> sameTransaction = sale("Sale", "VPD2", "10.00", "4355084355084358");
        sameTransaction.put("TransactionId", "VPD1");
        assertEquals("1006", field(vpos(sameTransaction), "ResultCode"));
    }

    // ------------------------------------------------------------------ follow-ups

    @Test
    void aPreAuthIsCapturedOnceForAtMostItsAmount() {
        assertEquals("0000", field(vpos(sale("Auth", "VPP1", "100.00", "4355084355084358")), "ResultCode"));
        assertEquals("0323", field(vpos(followUp("Capture", "VPP1C0", "VPP1", "100.01")), "ResultCode"));
        PayFlexReply captured = vpos(followUp("Capture", "VPP1C1", "VPP1", "60.00"));
        assertEquals("0000", field(captured, "ResultCode"));
        assertEquals("VPP1", field(captured, "ReferenceTransactionId"));
        assertEquals("1065", field(vpos(followUp("Capture", "VPP1C2", "VPP1", "10.00")), "ResultCode"));
        assertEquals(new BigDecimal("60.00"), order("VPP1").captured());
        assertEquals("0320", field(vpos(followUp("Capture", "VPP1C3", "NOSUCH", "10.00")), "ResultCode"));
    }

    @Test
    void aSaleIsNotCapturable() {
        vpos(sale("Sale", "VPS1", "10.00", "4355084355084358"));
        assertEquals("0320", field(vpos(followUp("Capture", "VPS1C", "VPS1", "10.00")), "ResultCode"));
    }

    @Test
    void cancelOnlyWhileTheBatchIsOpen() {
        vpos(sale("Sale", "VPV1", "10.00", "4355084355084358"));
        assertEquals("0000", field(vpos(followUp("Cancel", "VPV1X", "VPV1", null)), "ResultCode"));
        assertTrue(order("VPV1").voided());
        assertEquals("1083", field(vpos(followUp("Cancel", "VPV1Y", "VPV1", null)), "ResultCode"));

        vpos(sale("Sale", "VPV2", "10.00", "4355084355084358"));
        ledger.closeBatch(PayFlexBank.FAMILY);
        assertEquals("2202", field(vpos(followUp("Cancel", "VPV2X", "VPV2", null)), "ResultCode"));
        assertEquals("1007", field(vpos(followUp("Cancel", "VPV3X", "NOSUCH", null)), "ResultCode"));
    }

    @Test
    void refundOnlyAfterDayEndAndNeverMoreThanCaptured() {
        vpos(sale("Sale", "VPR1", "100.00", "4355084355084358"));
        assertEquals(
                "1089", field(vpos(followUp("Refund", "VPR1A", "VPR1", "10.00")), "ResultCode"), "same day: cancel");
        ledger.closeBatch(PayFlexBank.FAMILY);
        assertEquals("0000", field(vpos(followUp("Refund", "VPR1B", "VPR1", "30.00")), "ResultCode"));
        assertEquals("1046", field(vpos(followUp("Refund", "VPR1C", "VPR1", "70.01")), "ResultCode"));
        assertEquals("0000", field(vpos(followUp("Refund", "VPR1D", "VPR1", "70.00")), "ResultCode"));
        assertEquals("1059", field(vpos(followUp("Refund", "VPR1E", "VPR1", "0.01")), "ResultCode"));
        assertEquals(0, order("VPR1").refundable().signum());
        assertEquals("0540", field(vpos(followUp("Refund", "VPR2", "NOSUCH", "1.00")), "ResultCode"));
    }

    @Test
    void aCancelledSaleCannotBeRefunded() {
        vpos(sale("Sale", "VPR3", "10.00", "4355084355084358"));
        vpos(followUp("Cancel", "VPR3X", "VPR3", null));
        ledger.closeBatch(PayFlexBank.FAMILY);
        assertEquals("0982", field(vpos(followUp("Refund", "VPR3Y", "VPR3", "1.00")), "ResultCode"));
    }

    // ------------------------------------------------------------------ search

    PayFlexReply search(String password, String orderId) {
        Map<String, Object> merchant = new LinkedHashMap<>();
        merchant.put("HostMerchantId", MERCHANT);
        merchant.put("MerchantPassword", password);
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("TransactionId", "");
        criteria.put("OrderId", orderId);
        criteria.put("AuthCode", "");
        return bank.search(
                prmstr("SearchRequest", Map.of("MerchantCriteria", merchant, "TransactionCriteria", criteria)), FORM);
    }

    @Test
    void searchFindsTheApprovedAuthorisationOfAnOrder() {
        vpos(sale("Sale", "VPQ1", "10.51", "4355084355084358"));
        Map<String, String> retry = sale("Sale", "VPQ1", "10.00", "4355084355084358");
        retry.put("TransactionId", "VPQ1B");
        vpos(retry);

        PayFlexReply found = search(PASSWORD, "VPQ1");
        assertEquals("0000", field(found, "ResponseCode"));
        assertEquals("0000", field(found, "ResultCode"));
        assertEquals("VPQ1B", field(found, "TransactionId"));
        assertEquals("false", field(found, "IsCanceled"));
    }

    @Test
    void searchAnswersDeclinedUnknownAndWrongCredentials() {
        vpos(sale("Sale", "VPQ2", "10.05", "4355084355084358"));
        assertEquals("0005", field(search(PASSWORD, "VPQ2"), "ResultCode"));
        PayFlexReply none = search(PASSWORD, "VPQ9");
        assertEquals("0000", field(none, "ResponseCode"));
        assertEquals("0", field(none, "TotalItemCount"));
        assertEquals(null, field(none, "ResultCode"));
        assertEquals("9065", field(search("wrong", "VPQ2"), "ResponseCode"));
    }
}
