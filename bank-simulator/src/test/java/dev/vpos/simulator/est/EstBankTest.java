package dev.vpos.simulator.est;

import static dev.vpos.simulator.est.SaleRequests.sale;
import static dev.vpos.simulator.est.StatusQueries.statusOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EstBankTest {

    private static final Charset TURKISH = Charset.forName("ISO-8859-9");
    private final Ledger ledger = new Ledger();
    private final EstBank bank = new EstBank(SaleRequests.MERCHANTS, ledger, SaleRequests.NOV_23_2026, new Random(7));

    private Cc5Response post(SaleRequests sale) {
        return post(sale.xml().getBytes(TURKISH), "text/xml; charset=ISO-8859-9");
    }

    private Cc5Response post(byte[] body, String contentType) {
        return Cc5Response.parse(bytes(bank.decide(body, contentType)));
    }

    /** What the servlet sends: a status query's own answer, otherwise the answer of {@link EstBank#answer}. */
    private byte[] bytes(EstBank.Decision decision) {
        return decision.statusAnswer()
                .map(EstResponseWriter::write)
                .orElseGet(() -> EstResponseWriter.write(bank.answer(decision)));
    }

    private byte[] rawStatusAnswer(StatusQueries query) {
        return bytes(bank.decide(query.xml().getBytes(TURKISH), "text/xml; charset=ISO-8859-9"));
    }

    private Cc5Response post(StatusQueries query) {
        return Cc5Response.parse(rawStatusAnswer(query));
    }

    private List<LedgerEntry> booked() {
        return ledger.newestFirst(Optional.empty());
    }

    @Test
    void anApprovedSaleCarriesBankShapedIdentifiers() {
        Cc5Response r = post(sale());

        assertEquals("Approved", r.get("Response"));
        assertEquals("00", r.get("ProcReturnCode"));
        assertEquals("order222", r.get("OrderId"));
        assertEquals("order222", r.get("GroupId"));
        assertTrue(r.get("AuthCode").matches("[A-Z0-9]{6}"), r.get("AuthCode"));
        assertTrue(
                r.get("HostRefNum").matches("\\d{12}") && r.get("HostRefNum").startsWith("632713"),
                r.get("HostRefNum"));
        assertTrue(r.get("TransId").matches("26327[A-Za-z]{4}\\d{5}"), r.get("TransId"));
        assertEquals("", r.get("ErrMsg"));
        assertEquals("20261123 13:00:00", r.extra("TRXDATE"));
        assertEquals("1123-130000", r.extra("HOSTDATE"));
        assertEquals("2518", r.extra("SETTLEID"));
        assertEquals("00", r.extra("NUMCODE"));
        assertEquals("VISA", r.extra("CARDBRAND"));
    }

    @Test
    void aSaleSentAsADataFormIsAnsweredLikeARawOne() {
        String form = "DATA="
                + URLEncoder.encode(
                        sale().card(SaleRequests.APPROVING_MASTERCARD).xml(), TURKISH);

        Cc5Response r = post(form.getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded");

        assertEquals("Approved", r.get("Response"));
        assertEquals("MASTERCARD", r.extra("CARDBRAND"));
    }

    @Test
    void everySaleGetsItsOwnTransIdAndHostRefNum() {
        Set<String> transIds = new HashSet<>();
        Set<String> hostRefNums = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Cc5Response r = post(sale().with("OrderId", "o-" + i));
            transIds.add(r.get("TransId"));
            hostRefNums.add(r.get("HostRefNum"));
        }
        assertEquals(1_000, transIds.size());
        assertEquals(1_000, hostRefNums.size());
    }

    @Test
    void anApprovalIsBookedWithTheMaskedCardOnly() {
        Cc5Response r = post(sale().with("Taksit", "3").with("Currency", "840"));

        LedgerEntry e = booked().get(0);
        assertEquals("EST", e.family());
        assertEquals("700655000200", e.clientId());
        assertEquals("order222", e.orderId());
        assertEquals(new BigDecimal("100.25"), e.amount());
        assertEquals("840", e.currency());
        assertEquals(3, e.installments());
        assertEquals("435508******4358", e.maskedPan());
        assertEquals("00", e.resultCode());
        assertEquals(r.get("AuthCode"), e.authCode());
        assertEquals(r.get("HostRefNum"), e.hostRefNum());
        assertEquals(r.get("TransId"), e.transId());
        assertEquals("2518", e.settleId());
        assertFalse(e.toString().contains(SaleRequests.APPROVING_VISA), e.toString());
    }

    @Test
    void aDeclineHasHostRefNumAndTransIdButNoAuthCodeAndIsBooked() {
        Cc5Response r = post(sale().card("4546711234567894"));

        assertEquals("Declined", r.get("Response"));
        assertEquals("51", r.get("ProcReturnCode"));
        assertEquals("Yetersiz bakiye", r.get("ErrMsg"));
        assertEquals("", r.get("AuthCode"));
        assertTrue(r.get("HostRefNum").matches("\\d{12}"));
        assertFalse(r.get("TransId").isEmpty());
        assertEquals("51", r.extra("NUMCODE"));
        assertEquals("51", booked().get(0).resultCode());
    }

    @Test
    void withoutAnOrderIdTheBankGeneratesOne() {
        Cc5Response r = post(sale().with("OrderId", ""));

        assertTrue(r.get("OrderId").matches("ORDER-26327[A-Za-z]{4}\\d{5}"), r.get("OrderId"));
        assertEquals(r.get("OrderId"), r.get("GroupId"));
        assertEquals(r.get("OrderId"), booked().get(0).orderId());
    }

    @Test
    void anOrderIdIsChargedOnceButMayBeRetriedAfterADecline() {
        assertEquals("51", post(sale().total("10.51")).get("ProcReturnCode"));
        assertEquals("00", post(sale()).get("ProcReturnCode"));

        Cc5Response again = post(sale());

        assertEquals("Error", again.get("Response"));
        assertEquals("CORE-2050", again.extra("ERRORCODE"));
        assertEquals(2, booked().size());
    }

    @Test
    void anApprovalRacingAnotherForTheSameOrderIdIsAnsweredAsADuplicate() {
        EstBank.Decision first = bank.decide(sale().xml().getBytes(TURKISH), "text/xml");
        EstBank.Decision second = bank.decide(sale().xml().getBytes(TURKISH), "text/xml");

        assertEquals("Approved", bank.answer(first).verdict().response());
        assertEquals("CORE-2050", bank.answer(second).verdict().errorCode());
        assertEquals(1, booked().size());
    }

    @Test
    void errorsAreAnsweredWithoutOrderIdAndAreNotBooked() {
        Cc5Response r = post(sale().with("Password", "wrong"));

        assertEquals("Error", r.get("Response"));
        assertEquals("99", r.get("ProcReturnCode"));
        assertEquals("Yetkisiz erisim / Unauthorized access", r.get("ErrMsg"));
        assertEquals("CORE-2001", r.extra("ERRORCODE"));
        assertEquals("992001", r.extra("NUMCODE"));
        assertEquals("", r.get("OrderId"));
        assertEquals("", r.get("AuthCode"));
        assertFalse(r.get("TransId").isEmpty());
        assertTrue(booked().isEmpty());
    }

    @Test
    void anUnreadableBodyIsAnErrorNotACrash() {
        Cc5Response r = post("<CC5Request><Name>".getBytes(StandardCharsets.UTF_8), "text/xml");

        assertEquals("Error", r.get("Response"));
        assertEquals("CORE-1000", r.extra("ERRORCODE"));
        assertTrue(booked().isEmpty());
    }

    @Test
    void theTruncatedXmlAmountIsBookedBecauseTheBankDidApprove() {
        EstBank.Decision d = bank.decide(sale().total("8888.88").xml().getBytes(TURKISH), "text/xml");

        EstAnswer answer = bank.answer(d);

        assertEquals(EstVerdict.Fault.TRUNCATED_XML, d.verdict().fault());
        assertEquals("Approved", answer.verdict().response());
        assertEquals("00", booked().get(0).resultCode());
    }

    @Test
    void aStatusQueryFindsAnApprovedSaleWithTheDetailsOfThatSale() {
        Cc5Response sale = post(sale());

        Cc5Response r = post(statusOf("order222"));

        assertEquals(List.of("ErrMsg", "ProcReturnCode", "Response", "OrderId", "TransId", "Extra"), r.names());
        assertEquals("Approved", r.get("Response"));
        assertEquals("00", r.get("ProcReturnCode"));
        assertEquals("Record(s) found for order222", r.get("ErrMsg"));
        assertEquals("order222", r.get("OrderId"));
        assertEquals(sale.get("TransId"), r.get("TransId"));
        assertEquals(sale.get("TransId"), r.extra("TRANS_ID"));
        assertEquals(sale.get("AuthCode"), r.extra("AUTH_CODE"));
        assertEquals(sale.get("HostRefNum"), r.extra("HOST_REF_NUM"));
        assertEquals("10025", r.extra("ORIG_TRANS_AMT"));
        assertEquals("10025", r.extra("CAPTURE_AMT"));
        assertEquals("4355 08** **** 4358", r.extra("PAN"));
        assertEquals("S", r.extra("CHARGE_TYPE_CD"));
        assertEquals("C", r.extra("TRANS_STAT"), "captured today, the day's batch is not closed yet");
        assertEquals("00", r.extra("PROC_RET_CD"));
        assertEquals("0", r.extra("NUMCODE"));
        assertEquals("2026-11-23 13:00:00.000", r.extra("AUTH_DTTM"));
        assertEquals("2026-11-23 13:00:00.000", r.extra("CAPTURE_DTTM"));
        assertTrue(
                r.extra("ORDERSTATUS").startsWith("ORD_ID:order222\tCHARGE_TYPE_CD:S\tORIG_TRANS_AMT:10025\t"),
                r.extra("ORDERSTATUS"));
    }

    @Test
    void aStatusQueryInADataFormIsAnsweredLikeARawOne() {
        post(sale());
        String form = "DATA=" + URLEncoder.encode(statusOf("order222").xml(), TURKISH);

        byte[] answer =
                bytes(bank.decide(form.getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded"));

        assertEquals(new String(rawStatusAnswer(statusOf("order222")), TURKISH), new String(answer, TURKISH));
        assertEquals("C", Cc5Response.parse(answer).extra("TRANS_STAT"));
    }

    @Test
    void aStatusQueryFindsADeclinedSaleAsAFailedTransaction() {
        Cc5Response sale = post(sale().card("4546711234567894"));

        Cc5Response r = post(statusOf("order222"));

        assertEquals("Approved", r.get("Response"), "the query itself succeeded");
        assertEquals("00", r.get("ProcReturnCode"));
        assertEquals("D", r.extra("TRANS_STAT"));
        assertEquals("51", r.extra("PROC_RET_CD"));
        assertEquals("", r.extra("AUTH_CODE"));
        assertEquals("", r.extra("CAPTURE_AMT"));
        assertEquals("10025", r.extra("ORIG_TRANS_AMT"));
        assertEquals(sale.get("TransId"), r.get("TransId"));
        assertEquals("4546 71** **** 7894", r.extra("PAN"));
    }

    @Test
    void aStatusQueryForAnOrderTheMerchantNeverSentIsNoRecordFound() {
        Cc5Response r = post(statusOf("vpos-connection-test-1"));

        assertEquals(List.of("ErrMsg", "ProcReturnCode", "Response", "OrderId", "TransId", "Extra"), r.names());
        assertEquals("Declined", r.get("Response"));
        assertEquals("99", r.get("ProcReturnCode"));
        assertEquals("No record found for vpos-connection-test-1", r.get("ErrMsg"));
        assertEquals("", r.get("OrderId"));
        assertEquals("", r.get("TransId"));
        assertEquals(List.of("NUMCODE", "ORDERSTATUS"), r.extraNames(), "no ERRORCODE: it is not an error");
        assertEquals("0", r.extra("NUMCODE"));
    }

    @Test
    void anUnknownOrderUnauthorizedAccessAndAFoundOrderAreToldApartByResponseAndErrorCode() {
        post(sale());

        Cc5Response found = post(statusOf("order222"));
        Cc5Response unknown = post(statusOf("nope"));
        Cc5Response unauthorized = post(statusOf("nope").with("Password", "wrong"));

        assertEquals(
                List.of("Approved", "Declined", "Error"),
                List.of(found.get("Response"), unknown.get("Response"), unauthorized.get("Response")));
        assertEquals("CORE-2001", unauthorized.extra("ERRORCODE"));
        assertFalse(unknown.extraNames().contains("ERRORCODE"));
    }

    @Test
    void aStatusQueryWithAWrongPasswordGetsTheSameUnauthorizedErrorAsASale() {
        Cc5Response r = post(statusOf("order222").with("Password", "wrong"));
        Cc5Response saleError = post(sale().with("Password", "wrong"));

        assertEquals("Error", r.get("Response"));
        assertEquals("99", r.get("ProcReturnCode"));
        assertEquals("CORE-2001", r.extra("ERRORCODE"));
        assertEquals("992001", r.extra("NUMCODE"));
        assertEquals(saleError.get("ErrMsg"), r.get("ErrMsg"));
        assertEquals(saleError.names(), r.names());
    }

    @Test
    void aStatusQueryWithoutAnOrderIdIsAnError() {
        Cc5Response r = post(statusOf(""));

        assertEquals("Error", r.get("Response"));
        assertEquals("99", r.get("ProcReturnCode"));
        assertEquals("CORE-1002", r.extra("ERRORCODE"));
        assertEquals("991002", r.extra("NUMCODE"));
    }

    @Test
    void statusQueriesAreNeverBooked() {
        post(sale());

        post(statusOf("order222"));
        post(statusOf("unknown"));
        post(statusOf(""));
        post(statusOf("order222").with("Password", "wrong"));

        assertEquals(1, booked().size());
    }

    @Test
    void aStatusQueryHasNoTransportFaultAndIsNotAnsweredAsASale() {
        EstBank.Decision d = bank.decide(statusOf("order222").xml().getBytes(TURKISH), "text/xml");

        assertEquals(EstVerdict.Fault.NONE, d.verdict().fault());
        assertEquals(d.statusAnswer().orElseThrow().verdict(), d.verdict());
        assertThrows(IllegalArgumentException.class, () -> bank.answer(d));
    }

    @Test
    void neitherTheStatusAnswerNorTheLedgerCarriesTheCardNumberOrThePassword() {
        post(sale());

        String answer = new String(rawStatusAnswer(statusOf("order222")), TURKISH);

        assertFalse(answer.contains(SaleRequests.APPROVING_VISA), answer);
        assertFalse(answer.contains("ISBANK07"), answer);
        String ledger = booked().toString();
        assertFalse(ledger.contains(SaleRequests.APPROVING_VISA), ledger);
        assertFalse(ledger.contains("ISBANK07"), ledger);
    }
}
