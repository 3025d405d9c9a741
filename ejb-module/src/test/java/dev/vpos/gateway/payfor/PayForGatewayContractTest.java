package dev.vpos.gateway.payfor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PayFor adapter, through the real CXF transport, against the simulator's PayFor core: non-3D operations. */
class PayForGatewayContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PayForSimulatedBank sim = new PayForSimulatedBank();
    private final PayForGateway gateway = new PayForGateway(new BankHttpTransport());
    private final GatewayAccount account = sim.account();

    @AfterEach
    void stop() {
        sim.close();
    }

    static String orderId() {
        StringBuilder id = new StringBuilder("VP261123");
        while (id.length() < 20) {
            id.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(RANDOM.nextInt(36)));
        }
        return id.toString();
    }

    private static SaleInstruction sale(String orderId, String amount, String pan) {
        return new SaleInstruction(
                orderId,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "123",
                "127.0.0.1",
                "payer@example.com");
    }

    private static FollowUp followUp(String orderId, String amount, String original) {
        return new FollowUp(orderId, orderId(), Money.of(amount, "TRY"), Money.of(original, "TRY"), 1, Map.of());
    }

    @Test
    void anApprovedSaleCarriesTheBanksCodesAsTheLedgerHasThem() {
        String id = orderId();
        GatewayResult r = gateway.sale(sale(id, "100.25", "4355084355084358"), account);

        assertEquals(GatewayOutcome.APPROVED, r.outcome());
        assertEquals("00", r.bankCode());
        assertEquals(id, r.transId());
        var booked = sim.ledger.entriesOf("PAYFOR", "5_085300000009704", id).get(0);
        assertEquals(booked.authCode(), r.authCode());
        assertEquals(booked.hostRefNum(), r.hostRefNum());
        assertTrue(
                r.exchange().maskedRequest().contains("<Pan>435508******4358</Pan>"),
                r.exchange().maskedRequest());
        assertTrue(r.exchange().maskedRequest().contains("<UserPass>***</UserPass><MOTO>0</MOTO>"));
        assertFalse(r.exchange().maskedRequest().contains("UcBN0")
                || r.exchange().maskedRequest().contains(">123<"));
    }

    @Test
    void declinesCarryTheHostCode() {
        assertEquals("51", declined(gateway.sale(sale(orderId(), "10.00", "4546711234567894"), account)));
        assertEquals("05", declined(gateway.sale(sale(orderId(), "10.00", "4000000000000002"), account)));
        assertEquals("41", declined(gateway.sale(sale(orderId(), "10.41", "4355084355084358"), account)));
        assertEquals("54", declined(gateway.sale(sale(orderId(), "10.00", "4508034508034509"), account)));
    }

    private static String declined(GatewayResult r) {
        assertEquals(GatewayOutcome.DECLINED, r.outcome(), r.bankMessage());
        assertNull(r.authCode());
        return r.bankCode();
    }

    @Test
    void preAuthThenPartialCaptureThenPartialRefundThenTheRest() {
        String id = orderId();
        assertTrue(gateway.preAuthorize(sale(id, "100.00", "4355084355084358"), account)
                .approved());
        assertEquals(
                "V027",
                gateway.capture(followUp(id, "50.00", "100.00"), account).bankCode());
        GatewayResult capture = gateway.capture(followUp(id, "90.00", "100.00"), account);
        assertTrue(capture.approved(), capture.bankMessage());

        assertEquals(
                "V014",
                gateway.refund(followUp(id, "30.00", "90.00"), account).bankCode(),
                "same batch: the bank wants a void");
        sim.ledger.closeBatch("PAYFOR");
        assertTrue(gateway.refund(followUp(id, "30.00", "90.00"), account).approved());
        assertEquals(
                "V015", gateway.refund(followUp(id, "60.01", "90.00"), account).bankCode());
        assertTrue(gateway.refund(followUp(id, "60.00", "90.00"), account).approved());
        assertEquals(
                "true",
                sim.bank
                        .handle(
                                ("<PayforRequest><MbrId>5</MbrId><MerchantId>085300000009704</MerchantId>"
                                                + "<UserCode>QNB_API_KULLANICI_3DPAY</UserCode><UserPass>UcBN0</UserPass><OrgOrderId>"
                                                + id
                                                + "</OrgOrderId><SecureType>Inquiry</SecureType><TxnType>OrderInquiry</TxnType></PayforRequest>")
                                        .getBytes(),
                                "text/xml")
                        .get("IsRefunded"));
    }

    @Test
    void aSaleIsVoidedWhileItsBatchIsOpenAndNotAfter() {
        String voided = orderId();
        gateway.sale(sale(voided, "40.00", "4355084355084358"), account);
        assertTrue(gateway.voidTransaction(followUp(voided, "40.00", "40.00"), account)
                .approved());
        assertEquals(
                "V017",
                gateway.voidTransaction(followUp(voided, "40.00", "40.00"), account)
                        .bankCode());

        String settled = orderId();
        gateway.sale(sale(settled, "40.00", "4355084355084358"), account);
        sim.ledger.closeBatch("PAYFOR");
        assertEquals(
                "V018",
                gateway.voidTransaction(followUp(settled, "40.00", "40.00"), account)
                        .bankCode());
        assertTrue(gateway.refund(followUp(settled, "40.00", "40.00"), account).approved());
    }

    @Test
    void statusOfApprovedDeclinedAndUnknownOrders() {
        String approved = orderId();
        GatewayResult sale = gateway.sale(sale(approved, "12.00", "4355084355084358"), account);
        GatewayResult s = gateway.status(approved, account);
        assertEquals(GatewayOutcome.APPROVED, s.outcome());
        assertEquals(sale.authCode(), s.authCode());
        assertEquals(sale.hostRefNum(), s.hostRefNum());

        String declined = orderId();
        gateway.sale(sale(declined, "12.51", "4355084355084358"), account);
        GatewayResult d = gateway.status(declined, account);
        assertEquals(GatewayOutcome.DECLINED, d.outcome());
        assertEquals("51", d.bankCode());

        GatewayResult none = gateway.status(orderId(), account);
        assertEquals(GatewayOutcome.NOT_SENT, none.outcome(), "the bank has no such order");

        gateway.voidTransaction(followUp(approved, "12.00", "12.00"), account);
        assertEquals(GatewayOutcome.UNKNOWN, gateway.status(approved, account).outcome(), "voided: a person decides");
    }

    @Test
    void historyListsTheOrdersTransactions() {
        String id = orderId();
        gateway.preAuthorize(sale(id, "20.00", "4355084355084358"), account);
        gateway.capture(followUp(id, "18.00", "20.00"), account);

        OrderHistory h = gateway.history(HistoryInquiry.of(id, TRY), account);
        assertTrue(h.answered());
        assertEquals(2, h.lines().size());
        assertEquals(HistoryKind.PRE_AUTH, h.lines().get(0).kind());
        assertEquals(HistoryKind.CAPTURE, h.lines().get(1).kind());
        assertEquals(Money.of("18.00", "TRY"), h.lines().get(1).amount());
        assertEquals(GatewayOutcome.APPROVED, h.lines().get(1).outcome());

        OrderHistory none = gateway.history(HistoryInquiry.of(orderId(), TRY), account);
        assertTrue(none.answered());
        assertTrue(none.lines().isEmpty());
    }

    @Test
    void theHistoryShowsASaleItsPartialRefundAndAVoidWithTheirKindsAndAmounts() {
        String refunded = orderId();
        gateway.sale(sale(refunded, "100.00", "4355084355084358"), account);
        sim.ledger.closeBatch("PAYFOR");
        gateway.refund(followUp(refunded, "40.00", "100.00"), account);
        OrderHistory h = gateway.history(HistoryInquiry.of(refunded, TRY), account);
        assertTrue(h.answered(), String.valueOf(h.exchange()));
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND),
                h.lines().stream().map(OrderHistory.Line::kind).toList(),
                h.lines().toString());
        assertEquals(Money.of("100.00", "TRY"), h.lines().get(0).amount());
        assertEquals(Money.of("40.00", "TRY"), h.lines().get(1).amount());
        assertTrue(
                h.lines().stream().allMatch(OrderHistory.Line::approved),
                h.lines().toString());

        String voided = orderId();
        gateway.sale(sale(voided, "30.00", "4355084355084358"), account);
        gateway.voidTransaction(followUp(voided, "30.00", "30.00"), account);
        h = gateway.history(HistoryInquiry.of(voided, TRY), account);
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.VOID),
                h.lines().stream().map(OrderHistory.Line::kind).toList(),
                h.lines().toString());
        assertEquals(Money.of("30.00", "TRY"), h.lines().get(1).amount());
        assertTrue(h.lines().get(1).approved());
    }

    @Test
    void aTimeoutIsUnknownAndTheBankStillKnowsTheOrder() {
        String id = orderId();
        GatewayResult r = gateway.sale(sale(id, "7777.77", "4355084355084358"), account);
        assertEquals(GatewayOutcome.UNKNOWN, r.outcome());
        assertTrue(r.exchange().failure().contains("deadline"), r.exchange().failure());
    }

    @Test
    void aMalformedAnswerIsUnknown() {
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", "4355084355084358"), account)
                        .outcome());
    }

    @Test
    void anHttp500IsUnknown() {
        GatewayResult r = gateway.sale(sale(orderId(), "9999.99", "4355084355084358"), account);
        assertEquals(GatewayOutcome.UNKNOWN, r.outcome());
        assertEquals(500, r.exchange().httpStatus());
    }

    @Test
    void aClosedPortIsNotSent() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GatewayAccount closed = PayForSimulatedBank.account(
                URI.create("http://127.0.0.1:" + port + PayForSimulatedBank.API_PATH), Duration.ofMillis(700));
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.sale(sale(orderId(), "10.00", "4355084355084358"), closed)
                        .outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.status(orderId(), closed).outcome(),
                "a status that could not be asked is unknown, not 'no such order'");
    }

    @Test
    void theConnectionTestTellsAcceptedFromRejectedCredentials() {
        ConnectionCheck ok = gateway.testConnection(account);
        assertTrue(ok.reachable() && ok.credentialsAccepted(), ok.detail());
        Map<String, String> wrong = new HashMap<>(account.credentials());
        wrong.put("userPassword", "nope");
        ConnectionCheck rejected = gateway.testConnection(new GatewayAccount(
                7, 1, account.family(), account.endpoint(), account.connectTimeout(), account.readTimeout(), wrong));
        assertTrue(rejected.reachable());
        assertFalse(rejected.credentialsAccepted());
        assertEquals("V004", rejected.bankCode());
    }

    @Test
    void aSaleDeliveredTwiceIsUnknownTheSecondTimeNeverDeclined() {
        // a network or proxy that resends our request: the bank refuses the order id it has just approved
        String order = orderId();
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.sale(sale(order, "42.10", "4355084355084358"), account).outcome());
        GatewayResult second = gateway.sale(sale(order, "42.10", "4355084355084358"), account);
        assertEquals(GatewayOutcome.UNKNOWN, second.outcome(), second.bankMessage());
        assertTrue(
                second.exchange().failure().contains("V029"), second.exchange().failure());
    }
}
