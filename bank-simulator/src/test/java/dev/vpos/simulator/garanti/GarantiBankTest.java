package dev.vpos.simulator.garanti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.garanti.GarantiVerdict.Fault;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The simulated Garanti API core: checks, host outcomes, follow-up rules against the ledger, inquiries. */
class GarantiBankTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneId.of("Europe/Istanbul"));
    private static final String XML = "application/xml; charset=UTF-8";

    private final Ledger ledger = new Ledger();
    private final GarantiBank bank = new GarantiBank(GarantiMerchants.fromClasspath(), ledger, CLOCK, new Random(7));

    private GarantiAnswer send(GvpsRequests request) {
        return send(request.xml());
    }

    private GarantiAnswer send(byte[] body) {
        return bank.answer(bank.decide(body, XML));
    }

    @Test
    void approvedSaleIsBookedWithTheCodesOfTheAnswer() {
        GarantiAnswer a = send(GvpsRequests.sale("VP261123AAAAAAAAAAAA", "10025", "4355084355084358"));
        assertEquals("00", a.verdict().code());
        assertEquals("HOST", a.verdict().source());
        assertEquals(12, a.retrefNum().length());
        assertEquals(6, a.authCode().length());
        LedgerEntry e =
                ledger.entriesOf("GARANTI", "10012345", "VP261123AAAAAAAAAAAA").get(0);
        assertEquals(new BigDecimal("100.25"), e.amount());
        assertEquals(a.retrefNum(), e.hostRefNum());
        assertEquals(a.authCode(), e.authCode());
        assertEquals("435508******4358", e.maskedPan());
        assertEquals(LedgerType.SALE, e.type());
        String xml = new String(GvpsResponseWriter.write(a), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<OrderID>VP261123AAAAAAAAAAAA</OrderID>"), xml);
        assertTrue(!xml.contains("4355084355084358"), "the answer never carries the full card number");
    }

    @Test
    void testCardsAndAmountsAreDeclinedWithTheHostsCode() {
        assertEquals(
                "51",
                send(GvpsRequests.sale("VPDECLINE00000000051", "1000", "4546711234567894"))
                        .verdict()
                        .code());
        assertEquals(
                "54",
                send(GvpsRequests.sale("VPDECLINE00000000054", "1000", "4508034508034509"))
                        .verdict()
                        .code());
        assertEquals(
                "05",
                send(GvpsRequests.sale("VPDECLINE00000000005", "1000", "4000000000000002"))
                        .verdict()
                        .code());
        assertEquals(
                "41",
                send(GvpsRequests.sale("VPDECLINE00000000041", "1000", "4000000000000044"))
                        .verdict()
                        .code());
        assertEquals(
                "51",
                send(GvpsRequests.sale("VPAMOUNT000000000051", "1051", "5401341234567891"))
                        .verdict()
                        .code());
        assertEquals(
                "41",
                send(GvpsRequests.sale("VPAMOUNT000000000041", "1041", "5401341234567891"))
                        .verdict()
                        .code());
        assertEquals(
                "54",
                send(GvpsRequests.sale("VPEXPIRED00000000054", "1000", "5401341234567891")
                                .card("5401341234567891", "1025", "123"))
                        .verdict()
                        .code());
        assertEquals(
                "14",
                send(GvpsRequests.sale("VPBADCARD00000000014", "1000", "4355084355084359"))
                        .verdict()
                        .code());
        LedgerEntry declined =
                ledger.entriesOf("GARANTI", "10012345", "VPDECLINE00000000051").get(0);
        assertEquals("51", declined.resultCode());
        assertEquals("", declined.authCode());
    }

    @Test
    void magicAmountsAddTransportFaults() {
        assertEquals(
                Fault.SLOW_ANSWER,
                bank.decide(
                                GvpsRequests.sale("VPFAULT1", "777777", "4355084355084358")
                                        .xml(),
                                XML)
                        .verdict()
                        .fault());
        assertEquals(
                Fault.MALFORMED,
                bank.decide(
                                GvpsRequests.sale("VPFAULT2", "888888", "4355084355084358")
                                        .xml(),
                                XML)
                        .verdict()
                        .fault());
        assertEquals(
                Fault.HTTP_500,
                bank.decide(
                                GvpsRequests.sale("VPFAULT3", "999999", "4355084355084358")
                                        .xml(),
                                XML)
                        .verdict()
                        .fault());
        assertEquals(
                Fault.CONNECTION_RESET,
                bank.decide(
                                GvpsRequests.sale("VPFAULT4", "666666", "4355084355084358")
                                        .xml(),
                                XML)
                        .verdict()
                        .fault());
    }

    @Test
    void aWrongHashOrWrongUserIsRefusedWithTheSecurityCodeAndNotBooked() {
        GarantiAnswer wrongHash = send(GvpsRequests.sale("VPHASH00000000000001", "1000", "4355084355084358")
                .xml("ABC"));
        assertEquals("92", wrongHash.verdict().code());
        assertEquals("0651", wrongHash.verdict().reasonCode());
        GarantiAnswer provUserVoid =
                send(GvpsRequests.of("void", "VPHASH00000000000001", "100").set("Terminal/ProvUserID", "PROVAUT"));
        assertEquals("0651", provUserVoid.verdict().reasonCode());
        GarantiAnswer tampered = send(GvpsRequests.sale("VPHASH00000000000002", "1000", "4355084355084358")
                .xml(GarantiCrypt.hashData(
                        "VPHASH00000000000002",
                        "10012345",
                        "4355084355084358",
                        "999",
                        "949",
                        GvpsRequests.PROV_PASSWORD)));
        assertEquals("0651", tampered.verdict().reasonCode());
        assertTrue(ledger.newestFirst(java.util.Optional.empty()).isEmpty());
    }

    @Test
    void unreadableAndIncompleteRequestsAreRefusedByTheGateway() {
        assertEquals(
                "0001",
                send("<GVPSRequest><Mode>".getBytes(StandardCharsets.UTF_8))
                        .verdict()
                        .reasonCode());
        assertEquals(
                "0001",
                send("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                .concat("<GVPSRequest>&e;</GVPSRequest>")
                                .getBytes(StandardCharsets.UTF_8))
                        .verdict()
                        .reasonCode());
        assertEquals(
                "0002",
                send(GvpsRequests.sale("VPZERO00000000000001", "0", "4355084355084358"))
                        .verdict()
                        .reasonCode());
        assertEquals(
                "0001",
                send(GvpsRequests.sale("VPCUR000000000000001", "1000", "4355084355084358")
                                .set("Transaction/CurrencyCode", "123"))
                        .verdict()
                        .reasonCode());
        assertEquals(
                "0002",
                send(GvpsRequests.of("sales", "VPNOCARD000000000001", "1000"))
                        .verdict()
                        .reasonCode());
    }

    @Test
    void anOrderIsApprovedOnce() {
        assertEquals(
                "00",
                send(GvpsRequests.sale("VPONCE00000000000001", "1000", "4355084355084358"))
                        .verdict()
                        .code());
        GarantiAnswer second = send(GvpsRequests.sale("VPONCE00000000000001", "1000", "4355084355084358"));
        assertEquals("0104", second.verdict().reasonCode());
        assertEquals(
                1,
                ledger.entriesOf("GARANTI", "10012345", "VPONCE00000000000001").size());
    }

    @Test
    void preAuthIsCapturedPartlyOnceThenRefundedAfterDayEndInParts() {
        String order = "VPPREAUTH00000000001";
        GarantiAnswer pre = send(GvpsRequests.of("preauth", order, "10000").card("4355084355084358", "1230", "123"));
        assertEquals("00", pre.verdict().code());
        assertEquals("WAITINGPOSTAUTH", inquiry(order).orderInquiry().get("Status"));
        assertEquals(
                "0112",
                send(GvpsRequests.of("postauth", order, "10001").set("Transaction/OriginalRetrefNum", pre.retrefNum()))
                        .verdict()
                        .reasonCode());
        assertEquals(
                "0112",
                send(GvpsRequests.of("postauth", order, "5000").set("Transaction/OriginalRetrefNum", "999999999999"))
                        .verdict()
                        .reasonCode());
        GarantiAnswer capture =
                send(GvpsRequests.of("postauth", order, "8000").set("Transaction/OriginalRetrefNum", pre.retrefNum()));
        assertEquals("00", capture.verdict().code());
        assertEquals(
                "0112",
                send(GvpsRequests.of("postauth", order, "1000")).verdict().reasonCode());
        assertEquals("0208", refund(order, "3000").verdict().reasonCode(), "a refund the same day is refused");
        ledger.closeBatch("GARANTI");
        assertEquals("00", refund(order, "3000").verdict().code());
        assertEquals("0208", refund(order, "5001").verdict().reasonCode(), "more than is left");
        assertEquals("00", refund(order, "5000").verdict().code());
        assertEquals("REFUNDED", inquiry(order).orderInquiry().get("Status"));
        assertEquals(
                new BigDecimal("80.00"),
                ledger.order("GARANTI", "10012345", order).refunded());
    }

    @Test
    void aSaleIsVoidedBeforeDayEndAndOnlyRefundedAfter() {
        String order = "VPVOID00000000000001";
        send(GvpsRequests.sale(order, "2500", "4355084355084358"));
        GarantiAnswer voided = send(GvpsRequests.of("void", order, "100"));
        assertEquals("00", voided.verdict().code());
        assertEquals("VOID", inquiry(order).orderInquiry().get("Status"));
        assertEquals(
                "0113", send(GvpsRequests.of("void", order, "100")).verdict().reasonCode());

        String settled = "VPVOID00000000000002";
        send(GvpsRequests.sale(settled, "2500", "4355084355084358"));
        ledger.closeBatch("GARANTI");
        assertEquals(
                "0113", send(GvpsRequests.of("void", settled, "100")).verdict().reasonCode());
        assertEquals("00", refund(settled, "2500").verdict().code());
        assertEquals(
                "0110",
                send(GvpsRequests.of("void", "VPNOSUCHORDER0000001", "100"))
                        .verdict()
                        .reasonCode());
    }

    @Test
    void statusInquiryAnswersFromTheLedger() {
        assertEquals("0110", inquiry("VPUNKNOWN00000000001").verdict().reasonCode());
        send(GvpsRequests.sale("VPSTATUS000000000001", "1000", "4355084355084358"));
        Map<String, String> approved = inquiry("VPSTATUS000000000001").orderInquiry();
        assertEquals("APPROVED", approved.get("Status"));
        assertEquals("1000", approved.get("AuthAmount"));
        send(GvpsRequests.sale("VPSTATUS000000000002", "1000", "4546711234567894"));
        Map<String, String> declined = inquiry("VPSTATUS000000000002").orderInquiry();
        assertEquals("DECLINED", declined.get("Status"));
        assertEquals("51", declined.get("Code"));
        assertTrue(
                ledger.entriesOf("GARANTI", "10012345", "VPUNKNOWN00000000001").isEmpty(), "inquiries are not booked");
    }

    @Test
    void historyListsEveryTransactionOldestFirst() {
        String order = "VPHISTORY00000000001";
        send(GvpsRequests.sale(order, "1500", "4355084355084358"));
        send(GvpsRequests.of("void", order, "100"));
        GarantiAnswer a = send(GvpsRequests.of("orderhistoryinq", order, "100"));
        List<Map<String, String>> lines = a.history();
        assertEquals(2, lines.size());
        assertEquals("sales", lines.get(0).get("Type"));
        assertEquals("1500", lines.get(0).get("AuthAmount"));
        assertEquals("void", lines.get(1).get("Type"));
        assertEquals("00", lines.get(1).get("Status"));
        assertNull(a.orderInquiry());
    }

    @Test
    void aThreeDProvisionNeedsAnAuthenticationBehindItsMd() {
        GarantiAnswer a = send(GvpsRequests.of("sales", "VP3DPROV000000000001", "1000")
                .set("Transaction/CardholderPresentCode", "13")
                .set("Transaction/Secure3D/AuthenticationCode", "AAAA")
                .set("Transaction/Secure3D/SecurityLevel", "05")
                .set("Transaction/Secure3D/TxnID", "XID")
                .set("Transaction/Secure3D/Md", "no-such-md"));
        assertEquals("0005", a.verdict().reasonCode());
    }

    private GarantiAnswer inquiry(String order) {
        return send(GvpsRequests.of("orderinq", order, "100"));
    }

    private GarantiAnswer refund(String order, String amount) {
        return send(GvpsRequests.of("refund", order, amount));
    }
}
