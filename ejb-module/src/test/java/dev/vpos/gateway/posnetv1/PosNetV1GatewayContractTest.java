package dev.vpos.gateway.posnetv1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.BankLedgerFaults;
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
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PosNet V1 adapter, through the real CXF transport, against the simulator's PosNet V1 core: non-3D operations. */
class PosNetV1GatewayContractTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PosNetV1SimulatedBank sim = new PosNetV1SimulatedBank();
    private final PosNetV1Gateway gateway = new PosNetV1Gateway(new BankHttpTransport());
    private final GatewayAccount account = sim.account();

    @AfterEach
    void stop() {
        sim.close();
    }

    static String orderId() {
        StringBuilder id = new StringBuilder("VP261207");
        while (id.length() < 20) {
            id.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(RANDOM.nextInt(36)));
        }
        return id.toString();
    }

    static SaleInstruction sale(String orderId, String amount, String pan) {
        return new SaleInstruction(
                orderId,
                Money.of(amount, "TRY"),
                1,
                CardNumber.parse(pan),
                CardExpiry.parse("12/30"),
                "123",
                "10.0.0.7",
                "payer@example.com");
    }

    /** A follow-up as the collection hands it over: with the references the payment's result kept. */
    static FollowUp followUp(String orderId, String amount, String original, Map<String, String> references) {
        return new FollowUp(orderId, orderId(), Money.of(amount, "TRY"), Money.of(original, "TRY"), 1, references);
    }

    private List<LedgerEntry> ledger(String orderKey) {
        return sim.ledger.entriesOf("POSNET_V1", PosNetV1SimulatedBank.MERCHANT, orderKey);
    }

    private static String declined(GatewayResult r) {
        assertEquals(GatewayOutcome.DECLINED, r.outcome(), r.bankMessage());
        assertNull(r.authCode());
        return r.bankCode();
    }

    @Test
    void anApprovedSaleKeepsTheBanksReferenceAndLogsNoCard() {
        String id = orderId();
        GatewayResult r = gateway.sale(sale(id, "100.25", "4355084355084358"), account);

        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.bankMessage());
        assertEquals("00", r.bankCode());
        LedgerEntry booked = ledger(id).get(0);
        assertEquals(new BigDecimal("100.25"), booked.amount());
        assertEquals(booked.authCode(), r.authCode());
        assertEquals(booked.hostRefNum(), r.hostRefNum());
        assertEquals(booked.hostRefNum(), r.references().get(PosNetV1Call.REFERENCE_CODE));
        String logged = r.exchange().maskedRequest();
        assertTrue(logged.contains("\"CardNo\":\"435508******4358\"") && logged.contains("\"Cvc2\":\"***\""), logged);
        assertTrue(logged.contains("\"Amount\":10025") && logged.contains("\"MAC\":\"***\""), logged);
        assertFalse(logged.contains("4355084355084358") || logged.contains(PosNetV1MacTest.KEY), logged);
    }

    @Test
    void hostDeclinesCarryTheHostCode() {
        assertEquals("0051", declined(gateway.sale(sale(orderId(), "10.00", "4546711234567894"), account)));
        assertEquals("0005", declined(gateway.sale(sale(orderId(), "10.00", "4000000000000002"), account)));
        assertEquals("0041", declined(gateway.sale(sale(orderId(), "10.41", "4355084355084358"), account)));
        assertEquals("0054", declined(gateway.sale(sale(orderId(), "10.00", "4508034508034509"), account)));
    }

    @Test
    void aWrongStoreKeyIsRefusedNothingBookedAndTheConnectionCheckSaysSo() {
        String id = orderId();
        GatewayAccount wrong = sim.account("11,11,11,11,11,11,11,11", Duration.ofSeconds(5));
        assertEquals("E201", declined(gateway.sale(sale(id, "10.00", "4355084355084358"), wrong)));
        assertTrue(ledger(id).isEmpty());
        ConnectionCheck bad = gateway.testConnection(wrong);
        assertTrue(bad.reachable());
        assertFalse(bad.credentialsAccepted());
        ConnectionCheck good = gateway.testConnection(account);
        assertTrue(good.credentialsAccepted(), good.detail());
        assertEquals("E219", good.bankCode());
    }

    @Test
    void preAuthThenPartialCaptureOnceByTheKeptReference() {
        String id = orderId();
        GatewayResult auth = gateway.preAuthorize(sale(id, "200.00", "4355084355084358"), account);
        assertTrue(auth.approved());
        assertEquals("Auth", auth.references().get(PosNetV1Call.TRANSACTION_TYPE));
        assertEquals("0013", declined(gateway.capture(followUp(id, "200.01", "200.00", auth.references()), account)));
        GatewayResult captured = gateway.capture(followUp(id, "180.00", "200.00", auth.references()), account);
        assertTrue(captured.approved(), captured.bankMessage());
        assertEquals(LedgerType.POST_AUTH, ledger(id).get(0).type());
        assertEquals(new BigDecimal("180.00"), ledger(id).get(0).amount());
        assertEquals("0012", declined(gateway.capture(followUp(id, "10.00", "200.00", Map.of()), account)));

        OrderHistory history = gateway.history(HistoryInquiry.of(id, Currency.getInstance("TRY")), account);
        assertEquals(
                List.of(HistoryKind.PRE_AUTH, HistoryKind.CAPTURE),
                history.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals("180.00", history.lines().get(1).amount().amount().toPlainString());
    }

    @Test
    void reverseOnceTheSameDayThenReturnsAfterTheDayEndFoundByTheInquiry() {
        String voidedId = orderId();
        assertTrue(gateway.sale(sale(voidedId, "80.00", "4355084355084358"), account)
                .approved());
        assertTrue(gateway.voidTransaction(followUp(voidedId, "80.00", "80.00", Map.of()), account)
                .approved());
        assertEquals(
                "0012", declined(gateway.voidTransaction(followUp(voidedId, "80.00", "80.00", Map.of()), account)));
        assertEquals(GatewayOutcome.UNKNOWN, gateway.status(voidedId, account).outcome(), "reversed: a person decides");

        String id = orderId();
        assertTrue(gateway.sale(sale(id, "300.00", "4355084355084358"), account).approved());
        assertEquals("0012", declined(gateway.refund(followUp(id, "100.00", "300.00", Map.of()), account)));
        sim.ledger.closeBatch("POSNET_V1");
        assertEquals("0012", declined(gateway.voidTransaction(followUp(id, "300.00", "300.00", Map.of()), account)));
        assertTrue(gateway.refund(followUp(id, "120.00", "300.00", Map.of()), account)
                .approved());
        assertEquals("0013", declined(gateway.refund(followUp(id, "180.01", "300.00", Map.of()), account)));
        assertTrue(gateway.refund(followUp(id, "180.00", "300.00", Map.of()), account)
                .approved());

        assertEquals(GatewayOutcome.APPROVED, gateway.status(id, account).outcome());
        OrderHistory history = gateway.history(HistoryInquiry.of(id, Currency.getInstance("TRY")), account);
        assertTrue(history.answered(), String.valueOf(history.exchange().failure()));
        assertTrue(history.itemized());
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND, HistoryKind.REFUND),
                history.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(
                List.of("300.00", "120.00", "180.00"),
                history.lines().stream()
                        .map(l -> l.amount().amount().toPlainString())
                        .toList());
    }

    @Test
    void statusKnowsDeclinedAndUnknownOrdersAndAReusedOrderIdIsAskedAbout() {
        String declined = orderId();
        gateway.sale(sale(declined, "10.00", "4546711234567894"), account);
        GatewayResult d = gateway.status(declined, account);
        assertEquals(GatewayOutcome.DECLINED, d.outcome());
        assertEquals("0051", d.bankCode());
        assertEquals(GatewayOutcome.NOT_SENT, gateway.status(orderId(), account).outcome());

        String id = orderId();
        assertTrue(gateway.sale(sale(id, "10.00", "4355084355084358"), account).approved());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(id, "10.00", "4355084355084358"), account).outcome());
        assertEquals(1, ledger(id).size());
    }

    @Test
    void transportFaultsAreUnknownAndTheSlowSaleIsSettledByTheInquiry() {
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "9999.99", "4355084355084358"), account)
                        .outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", "4355084355084358"), account)
                        .outcome());
        String slow = orderId();
        GatewayAccount impatient = sim.account(PosNetV1MacTest.KEY, Duration.ofMillis(700));
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(slow, "7777.77", "4355084355084358"), impatient)
                        .outcome());
        GatewayOutcome settled = GatewayOutcome.NOT_SENT;
        for (long end = System.nanoTime() + 5_000_000_000L;
                settled != GatewayOutcome.APPROVED && System.nanoTime() < end; ) {
            settled = gateway.status(slow, account).outcome();
        }
        assertEquals(GatewayOutcome.APPROVED, settled, "the bank booked the slow sale");
    }

    /** The simulator's reconciliation faults: a booked approval is the bank's status, a forgotten order is not sent. */
    @Test
    void anApprovalBookedAtTheBankIsItsAnswerAndAForgottenOrderIsNotSent() {
        BankLedgerFaults.bookedIsTheBanksAnswerAndForgottenIsNotSent(
                gateway, account, sim.ledger, PosNetV1SimulatedBank.MERCHANT, orderId());
    }
}
