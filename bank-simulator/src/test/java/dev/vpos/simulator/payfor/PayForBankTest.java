package dev.vpos.simulator.payfor;

import static dev.vpos.simulator.payfor.PayForTestBank.account;
import static dev.vpos.simulator.payfor.PayForTestBank.authorization;
import static dev.vpos.simulator.payfor.PayForTestBank.followUp;
import static dev.vpos.simulator.payfor.PayForTestBank.history;
import static dev.vpos.simulator.payfor.PayForTestBank.inquiry;
import static dev.vpos.simulator.payfor.PayForTestBank.sale;
import static dev.vpos.simulator.payfor.PayForTestBank.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayForBankTest {

    private final PayForTestBank t = new PayForTestBank();

    private List<LedgerEntry> booked() {
        return t.ledger.newestFirst(Optional.empty());
    }

    @Test
    void anApprovedSaleCarriesBankShapedCodesAndIsBookedWithThem() {
        PayForAnswer a = t.post(sale("VP261123AAAAAAAAAAAA", "100.25", "4355084355084358"));

        assertEquals("00", a.get("ProcReturnCode"));
        assertEquals("Onaylandı", a.get("ErrMsg"));
        assertTrue(a.get("AuthCode").matches("S\\d{5}"), a.get("AuthCode"));
        assertTrue(a.get("HostRefNum").matches("26327\\d{7}"), a.get("HostRefNum"));
        assertEquals("VP261123AAAAAAAAAAAA", a.get("TransId"));
        LedgerEntry e = booked().get(0);
        assertEquals("PAYFOR", e.family());
        assertEquals("5_085300000009704", e.clientId());
        assertEquals(new BigDecimal("100.25"), e.amount());
        assertEquals("435508******4358", e.maskedPan());
        assertEquals(a.get("AuthCode"), e.authCode());
        assertEquals(a.get("HostRefNum"), e.hostRefNum());
        assertEquals(a.get("TransId"), e.transId());
        assertEquals(LedgerType.SALE, e.type());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "4546711234567894, 10.00, 51", "4508034508034509, 10.00, 54", "4000000000000002, 10.00, 05",
        "4000000000000044, 10.00, 41", "4355084355084358, 10.51, 51", "4355084355084358, 10.54, 54",
        "4355084355084358, 10.05, 05", "4355084355084358, 10.41, 41", "5401341234567891, 10.00, 00",
        "4111111111111111, 10.00, 00"
    })
    void theSharedOutcomeTableDecides(String pan, String amount, String code) {
        PayForAnswer a = t.post(sale("VP261123OUTCOME00001", amount, pan));

        assertEquals(code, a.get("ProcReturnCode"));
        assertEquals("00".equals(code), !a.get("AuthCode").isEmpty());
        assertEquals(code, booked().get(0).resultCode());
    }

    @Test
    void anExpiredExpiryIsDeclined54() {
        assertEquals(
                "54",
                t.post(with(sale("VP261123EXPIRED00001", "10.00", "4355084355084358"), f -> f.put("Expiry", "1026")))
                        .get("ProcReturnCode"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "7777.77, SLOW_ANSWER",
        "8888.88, MALFORMED_BODY",
        "9999.99, HTTP_500",
        "6666.66, CONNECTION_RESET",
        "100.00, NONE"
    })
    void magicAmountsAskForTransportFaults(String amount, PayForOutcomes.Fault fault) {
        assertEquals(
                fault,
                t.decide(sale("VP261123FAULT0000001", amount, "4355084355084358"))
                        .fault());
    }

    @Test
    void wrongCredentialsAreRefusedAndNotBooked() {
        assertEquals(
                "V004",
                t.post(with(sale("VP1", "1.00", "4355084355084358"), f -> f.put("UserPass", "x")))
                        .get("ProcReturnCode"));
        assertEquals(
                "V001",
                t.post(with(sale("VP1", "1.00", "4355084355084358"), f -> f.put("MbrId", "12")))
                        .get("ProcReturnCode"));
        assertEquals(
                "M017",
                t.post(with(sale("VP1", "1.00", "4355084355084358"), f -> f.remove("UserPass")))
                        .get("ProcReturnCode"));
        assertTrue(booked().isEmpty());
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
        "Pan, 4355084355084357, M041",
        "Pan, 12345, M008",
        "Expiry, 13/30, M006",
        "Cvv2, '', M005",
        "PurchAmount, 0, M012",
        "PurchAmount, 10.255, M012",
        "PurchAmount, 200000.01, M019",
        "Currency, 999, M002",
        "TxnType, Sale, M015",
        "SecureType, 3DPay, M026",
        "OrderId, 'VP 1', M025"
    })
    void malformedFieldsAreRefusedWithTheGatewaysCode(String field, String value, String code) {
        assertEquals(
                code,
                t.post(with(sale("VP261123FORMAT000001", "10.00", "4355084355084358"), f -> f.put(field, value)))
                        .get("ProcReturnCode"));
        assertTrue(booked().isEmpty());
    }

    @Test
    void unreadableAndDtdRequestsAreRefused() {
        String dtd =
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><PayforRequest><MbrId>&e;</MbrId></PayforRequest>";
        assertEquals(
                "M043",
                t.bank.handle(dtd.getBytes(StandardCharsets.UTF_8), "text/xml").get("ProcReturnCode"));
        assertEquals(
                "M043",
                t.bank.handle("<PayforRequest>".getBytes(StandardCharsets.UTF_8), "text/xml")
                        .get("ProcReturnCode"));
    }

    @Test
    void anOrderIsApprovedOnce() {
        t.post(sale("VP261123DUPLICATE001", "10.00", "4355084355084358"));
        assertEquals(
                "V029",
                t.post(sale("VP261123DUPLICATE001", "10.00", "4355084355084358"))
                        .get("ProcReturnCode"));
        assertEquals(1, booked().size());
    }

    @Test
    void aPreAuthorisationIsCapturedOnceForPartOfItsAmount() {
        t.post(authorization("PreAuth", "VP261123PREAUTH00001", "100.00", "4355084355084358"));
        assertEquals(LedgerType.PRE_AUTH, booked().get(0).type());

        assertEquals("V027", post("PostAuth", "VP261123PREAUTH00001", "100.01"));
        assertEquals("V027", post("PostAuth", "VP261123PREAUTH00001", "84.99"));
        assertEquals("00", post("PostAuth", "VP261123PREAUTH00001", "90.00"));
        assertEquals("V025", post("PostAuth", "VP261123PREAUTH00001", "90.00"));
        assertEquals(LedgerType.POST_AUTH, booked().get(0).type());
        assertEquals(new BigDecimal("90.00"), booked().get(0).amount());
    }

    @Test
    void onlyAKnownPreAuthorisationCanBeCaptured() {
        t.post(sale("VP261123SALE00000001", "100.00", "4355084355084358"));
        assertEquals("V016", post("PostAuth", "VP261123SALE00000001", "100.00"));
        assertEquals("V013", post("PostAuth", "VP261123NOSUCHORDER1", "100.00"));
        assertEquals(
                "M028",
                t.post(with(followUp("PostAuth", "", Optional.of("1.00")), f -> f.remove("OrgOrderId")))
                        .get("ProcReturnCode"));
    }

    @Test
    void aSameDaySaleIsVoidedNotRefunded() {
        t.post(sale("VP261123VOID00000001", "50.00", "4355084355084358"));

        assertEquals("V014", post("Refund", "VP261123VOID00000001", "10.00"));
        assertEquals("00", post("Void", "VP261123VOID00000001", null));
        assertEquals("V017", post("Void", "VP261123VOID00000001", null));
        assertEquals(LedgerType.VOID, booked().get(0).type());
        assertEquals(new BigDecimal("50.00"), booked().get(0).amount());
    }

    @Test
    void afterTheDayEndASaleIsRefundedInPartsNotVoided() {
        t.post(sale("VP261123REFUND000001", "50.00", "4355084355084358"));
        t.ledger.closeBatch("PAYFOR");

        assertEquals("V018", post("Void", "VP261123REFUND000001", null));
        assertEquals("V015", post("Refund", "VP261123REFUND000001", "50.01"));
        assertEquals("00", post("Refund", "VP261123REFUND000001", "20.00"));
        assertEquals("00", post("Refund", "VP261123REFUND000001", "30.00"));
        assertEquals("V037", post("Refund", "VP261123REFUND000001", "0.01"));
        assertEquals("V013", post("Refund", "VP261123NOSUCHORDER1", "1.00"));
    }

    @Test
    void theStatusReportsTheOrderAsTheBankSeesIt() {
        t.post(sale("VP261123STATUS000001", "75.50", "4355084355084358"));
        PayForAnswer s = t.post(inquiry("VP261123STATUS000001"));
        assertEquals("00", s.get("ProcReturnCode"));
        assertEquals("Auth", s.get("TxnType"));
        assertEquals("75.50", s.get("PurchAmount"));
        assertEquals("23.11.2026 12:30:00", s.get("InsertDatetime"));
        assertEquals("false", s.get("IsVoided"));

        post("Void", "VP261123STATUS000001", null);
        assertEquals("true", t.post(inquiry("VP261123STATUS000001")).get("IsVoided"));

        t.post(sale("VP261123STATUS000002", "10.51", "4355084355084358"));
        PayForAnswer declined = t.post(inquiry("VP261123STATUS000002"));
        assertEquals("51", declined.get("ProcReturnCode"));
        assertEquals("Failed", declined.get("TxnResult"));

        assertEquals("V013", t.post(inquiry("VP261123NOSUCHORDER1")).get("ProcReturnCode"));
        assertEquals(3, booked().size(), "inquiries are not booked");
    }

    @Test
    void theHistoryListsEveryTransactionOfTheOrderOldestFirst() {
        t.post(authorization("PreAuth", "VP261123HISTORY00001", "20.00", "4355084355084358"));
        post("PostAuth", "VP261123HISTORY00001", "18.00");

        PayForAnswer h = t.post(history("VP261123HISTORY00001"));
        assertEquals(2, h.paymentRequests().size());
        assertEquals("PreAuth", h.paymentRequests().get(0).get("TxnType"));
        assertEquals("PostAuth", h.paymentRequests().get(1).get("TxnType"));
        assertEquals("18.00", h.paymentRequests().get(1).get("PurchAmount"));
        assertEquals(
                "V013",
                t.post(history("VP261123NOSUCHORDER1")).paymentRequests().get(0).get("ProcReturnCode"));
        String xml = new String(PayForResponseWriter.write(h), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<PaymentRequestExtended><PaymentRequest><InsertDatetime>2026-11-23T12:30:00"), xml);
    }

    @Test
    void theRequestsToStringHidesTheCard() {
        String text = PayForRequest.read(
                        PayForTestBank.xml(sale("VP1", "1.00", "4355084355084358"))
                                .getBytes(StandardCharsets.UTF_8),
                        "text/xml")
                .orElseThrow()
                .toString();
        assertFalse(
                text.contains("4355084355084358") || text.contains(PayForTestBank.PASS) || text.contains("=123,"),
                text);
    }

    private String post(String txnType, String orderId, String amount) {
        return t.post(followUp(txnType, orderId, Optional.ofNullable(amount))).get("ProcReturnCode");
    }

    @Test
    void accountFieldsAloneAreNoRequest() {
        assertEquals("M015", t.post(account()).get("ProcReturnCode"));
    }
}
