package dev.vpos.simulator.est;

import static dev.vpos.simulator.est.SaleRequests.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        return Cc5Response.parse(EstResponseWriter.write(bank.answer(bank.decide(body, contentType))));
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
        assertTrue(r.get("HostRefNum").matches("\\d{12}") && r.get("HostRefNum").startsWith("632713"), r.get("HostRefNum"));
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
        String form = "DATA=" + URLEncoder.encode(sale().card(SaleRequests.APPROVING_MASTERCARD).xml(), TURKISH);

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
}
