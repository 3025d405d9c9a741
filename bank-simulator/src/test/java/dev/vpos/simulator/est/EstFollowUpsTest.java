package dev.vpos.simulator.est;

import static dev.vpos.simulator.est.SaleRequests.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PostAuth, Void and Credit against the ledger, and the order-status and order-history answers they leave. */
class EstFollowUpsTest {

    private static final Charset TURKISH = Charset.forName("ISO-8859-9");
    private final Ledger ledger = new Ledger();
    private final EstBank bank = new EstBank(SaleRequests.MERCHANTS, ledger, SaleRequests.NOV_23_2026, new Random(3));

    private Cc5Response post(String xml) {
        EstBank.Decision d = bank.decide(xml.getBytes(TURKISH), "text/xml; charset=ISO-8859-9");
        return Cc5Response.parse(d.statusAnswer()
                .map(EstResponseWriter::write)
                .orElseGet(() -> EstResponseWriter.write(bank.answer(d))));
    }

    private Cc5Response post(SaleRequests sale) {
        return post(sale.xml());
    }

    /** A follow-up as mews/pos sends it; {@code total} null leaves {@code Total} out. */
    static String followUp(String type, String orderId, String total) {
        return "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Request><Name>ISBANKAPI</Name><Password>ISBANK07</Password>"
                + "<ClientId>700655000200</ClientId><Type>" + type + "</Type><OrderId>" + orderId + "</OrderId>"
                + (total == null ? "" : "<Total>" + total + "</Total>")
                + ("Credit".equals(type) ? "<Currency>949</Currency>" : "")
                + "</CC5Request>";
    }

    static String query(String name, String orderId) {
        return "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Request><Name>ISBANKAPI</Name><Password>ISBANK07</Password>"
                + "<ClientId>700655000200</ClientId><OrderId>" + orderId + "</OrderId><Extra><" + name + ">QUERY</"
                + name + "></Extra></CC5Request>";
    }

    private static void assertApproved(Cc5Response r) {
        assertEquals("Approved", r.get("Response"), r.get("ErrMsg"));
        assertEquals("00", r.get("ProcReturnCode"));
    }

    private static void assertError(String code, Cc5Response r) {
        assertEquals("Error", r.get("Response"));
        assertEquals("99", r.get("ProcReturnCode"));
        assertEquals(code, r.extra("ERRORCODE"), r.get("ErrMsg"));
    }

    private List<LedgerEntry> entries(String orderId) {
        return ledger.entriesOf(EstBank.FAMILY, "700655000200", orderId);
    }

    @Test
    void aPreAuthorisationIsCapturedPartlyOnceAndNotAgain() {
        assertApproved(
                post(sale().with("Type", "PreAuth").with("OrderId", "pa-1").total("100.00")));
        assertEquals(LedgerType.PRE_AUTH, entries("pa-1").get(0).type());

        Cc5Response capture = post(followUp("PostAuth", "pa-1", "60.00"));

        assertApproved(capture);
        assertEquals("pa-1", capture.get("OrderId"));
        LedgerEntry booked = entries("pa-1").get(0);
        assertEquals(LedgerType.POST_AUTH, booked.type());
        assertEquals(new BigDecimal("60.00"), booked.amount());
        assertEquals(capture.get("TransId"), booked.transId());
        assertEquals(capture.get("HostRefNum"), booked.hostRefNum());
        assertEquals("435508******4358", booked.maskedPan());
        assertError("CORE-2009", post(followUp("PostAuth", "pa-1", "40.00")));
    }

    @Test
    void aCaptureWithoutTotalTakesTheWholePreAuthorisation() {
        post(sale().with("Type", "PreAuth").with("OrderId", "pa-2").total("100.00"));

        assertApproved(post(followUp("PostAuth", "pa-2", null)));
        assertEquals(new BigDecimal("100.00"), entries("pa-2").get(0).amount());
    }

    @Test
    void aCaptureAboveThePreAuthorisedAmountOrOfASaleOrUnknownOrderIsRefused() {
        post(sale().with("Type", "PreAuth").with("OrderId", "pa-3").total("100.00"));
        post(sale().with("OrderId", "s-3"));

        assertError("CORE-2010", post(followUp("PostAuth", "pa-3", "100.01")));
        assertError("CORE-2009", post(followUp("PostAuth", "s-3", "1.00")));
        assertError("CORE-2009", post(followUp("PostAuth", "never", "1.00")));
        assertError("CORE-1002", post(followUp("PostAuth", "", "1.00")));
        assertEquals(1, entries("pa-3").size());
    }

    @Test
    void aSaleIsVoidedTheSameDayButNotTwiceAndNotAfterTheDayEnd() {
        post(sale().with("OrderId", "v-1"));
        post(sale().with("OrderId", "v-2"));

        Cc5Response v = post(followUp("Void", "v-1", null));

        assertApproved(v);
        assertEquals(LedgerType.VOID, entries("v-1").get(0).type());
        assertEquals(new BigDecimal("100.25"), entries("v-1").get(0).amount());
        Cc5Response again = post(followUp("Void", "v-1", null));
        assertError("CORE-2008", again);
        assertEquals("İptal edilmeye uygun satış işlemi bulunamadı.", again.get("ErrMsg"));

        ledger.closeBatch(EstBank.FAMILY);
        assertError("CORE-2008", post(followUp("Void", "v-2", null)));
    }

    @Test
    void aSameDaySaleIsNotRefundedItMustBeVoided() {
        post(sale().with("OrderId", "r-0"));

        Cc5Response r = post(followUp("Credit", "r-0", "10.00"));

        assertError("CORE-2508", r);
        assertEquals("Iade yapilamaz, siparis gunsonuna girmemis.", r.get("ErrMsg"));
    }

    @Test
    void afterTheDayEndASaleIsRefundedInPartsUpToItsAmount() {
        post(sale().with("OrderId", "r-1").total("100.00"));
        ledger.closeBatch(EstBank.FAMILY);

        assertApproved(post(followUp("Credit", "r-1", "30.00")));
        assertError("CORE-2509", post(followUp("Credit", "r-1", "70.01")));
        assertApproved(post(followUp("Credit", "r-1", "70.00")));
        assertError("CORE-2509", post(followUp("Credit", "r-1", "0.01")));

        assertEquals(
                BigDecimal.ZERO.setScale(2),
                ledger.order(EstBank.FAMILY, "700655000200", "r-1").refundable());
        assertEquals(LedgerType.REFUND, entries("r-1").get(0).type());
        assertError("CORE-2008", post(followUp("Void", "r-1", null)));
    }

    @Test
    void aRefundWithoutTotalRefundsWhatIsLeftAndAnotherCurrencyIsRefused() {
        post(sale().with("OrderId", "r-2").total("50.00"));
        ledger.closeBatch(EstBank.FAMILY);

        assertError("CORE-2104", post(followUp("Credit", "r-2", "1.00").replace("<Currency>949", "<Currency>840")));
        assertApproved(post(followUp("Credit", "r-2", null)));
        assertEquals(new BigDecimal("50.00"), entries("r-2").get(0).amount());
    }

    @Test
    void aCapturedPreAuthorisationIsRefundableOnceTheCapturesBatchIsClosed() {
        post(sale().with("Type", "PreAuth").with("OrderId", "pr-1").total("100.00"));
        post(followUp("PostAuth", "pr-1", "80.00"));

        assertError("CORE-2508", post(followUp("Credit", "pr-1", "10.00")));
        ledger.closeBatch(EstBank.FAMILY);
        assertApproved(post(followUp("Credit", "pr-1", "30.00")));
        assertError("CORE-2509", post(followUp("Credit", "pr-1", "50.01")));
        assertApproved(post(followUp("Credit", "pr-1", "50.00")));
    }

    @Test
    void anUncapturedPreAuthorisationIsVoidedAndThenCannotBeCaptured() {
        post(sale().with("Type", "PreAuth").with("OrderId", "pv-1").total("100.00"));

        assertApproved(post(followUp("Void", "pv-1", null)));
        assertError("CORE-2009", post(followUp("PostAuth", "pv-1", null)));
        assertError("CORE-2509", post(followUp("Credit", "pv-1", null)));
    }

    @Test
    void wrongCredentialsComeBeforeTheOrderRules() {
        assertError("CORE-2001", post(followUp("Void", "x", null).replace("ISBANK07", "nope")));
    }

    @Test
    void theStatusOfAnOrderFollowsItsFollowUps() {
        post(sale().with("Type", "PreAuth").with("OrderId", "st-1").total("100.00"));
        assertEquals("A", post(query("ORDERSTATUS", "st-1")).extra("TRANS_STAT"));
        assertEquals("", post(query("ORDERSTATUS", "st-1")).extra("CAPTURE_AMT"));

        post(followUp("PostAuth", "st-1", "60.00"));
        Cc5Response captured = post(query("ORDERSTATUS", "st-1"));
        assertEquals("C", captured.extra("TRANS_STAT"));
        assertEquals("6000", captured.extra("CAPTURE_AMT"));
        assertEquals("10000", captured.extra("ORIG_TRANS_AMT"));

        post(followUp("Void", "st-1", null));
        Cc5Response voided = post(query("ORDERSTATUS", "st-1"));
        assertEquals("V", voided.extra("TRANS_STAT"));
        assertEquals("2026-11-23 13:00:00.000", voided.extra("VOID_DTTM"));
    }

    @Test
    void theHistoryListsTheAuthorisationAndEachRefundNewestFirst() {
        Cc5Response sale = post(sale().with("OrderId", "h-1").total("100.00"));
        ledger.closeBatch(EstBank.FAMILY);
        Cc5Response refund = post(followUp("Credit", "h-1", "25.50"));

        Cc5Response h = post(query("ORDERHISTORY", "h-1"));

        assertApproved(h);
        assertEquals("h-1", h.get("OrderId"));
        assertEquals("2", h.extra("TRXCOUNT"));
        assertEquals(
                String.join(
                        "\t",
                        "C",
                        "C",
                        "2550",
                        "2550",
                        "2026-11-23 13:00:00.000",
                        "2026-11-23 13:00:00.000",
                        "",
                        refund.get("HostRefNum"),
                        refund.get("AuthCode"),
                        "00",
                        refund.get("TransId")),
                h.extra("TRX1"));
        assertEquals(
                String.join(
                        "\t",
                        "S",
                        "S",
                        "10000",
                        "10000",
                        "2026-11-23 13:00:00.000",
                        "2026-11-23 13:00:00.000",
                        "",
                        sale.get("HostRefNum"),
                        sale.get("AuthCode"),
                        "00",
                        sale.get("TransId")),
                h.extra("TRX2"));
    }

    @Test
    void theHistoryShowsAPreAuthorisationAndAVoidInTheirRow() {
        Cc5Response pre =
                post(sale().with("Type", "PreAuth").with("OrderId", "h-2").total("2.06"));
        assertTrue(post(query("ORDERHISTORY", "h-2")).extra("TRX1").startsWith("S\tA\t206\t\t"));

        post(followUp("Void", "h-2", null));
        String row = post(query("ORDERHISTORY", "h-2")).extra("TRX1");
        assertTrue(row.startsWith("S\tV\t206\t\t2026-11-23 13:00:00.000\t\t2026-11-23 13:00:00.000\t"), row);
        assertTrue(row.endsWith("\t" + pre.get("TransId")), row);
    }

    @Test
    void theHistoryOfAnUnknownOrderIsDeclinedWithNoRows() {
        Cc5Response h = post(query("ORDERHISTORY", "nothing"));

        assertEquals("Declined", h.get("Response"));
        assertEquals("05", h.get("ProcReturnCode"));
        assertEquals("No record found for nothing", h.get("ErrMsg"));
        assertEquals("0", h.extra("TRXCOUNT"));
    }

    @Test
    void aDeclinedSaleIsAFailedRowOfTheHistory() {
        post(sale().with("OrderId", "h-3").card("4546711234567894"));

        assertTrue(post(query("ORDERHISTORY", "h-3")).extra("TRX1").startsWith("S\tD\t10025\t\t"));
    }
}
