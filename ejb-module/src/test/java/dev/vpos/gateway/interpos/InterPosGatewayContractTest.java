package dev.vpos.gateway.interpos;

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

/** The InterPOS adapter, through the real CXF transport, against the simulator's InterPOS core: non-3D operations. */
class InterPosGatewayContractTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InterPosSimulatedBank sim = new InterPosSimulatedBank();
    private final InterPosGateway gateway = new InterPosGateway(new BankHttpTransport());
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

    static FollowUp followUp(String orderId, String amount, String original) {
        return new FollowUp(orderId, orderId(), Money.of(amount, "TRY"), Money.of(original, "TRY"), 1, Map.of());
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("INTERPOS", InterPosSimulatedBank.SHOP, orderId);
    }

    private static String declined(GatewayResult r) {
        assertEquals(GatewayOutcome.DECLINED, r.outcome(), r.bankMessage());
        assertNull(r.authCode());
        return r.bankCode();
    }

    @Test
    void anApprovedSaleCarriesTheLedgersCodesAndLogsNoCard() {
        String id = orderId();
        GatewayResult r = gateway.sale(sale(id, "100.25", "4355084355084358"), account);

        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.bankMessage());
        assertEquals("00", r.bankCode());
        LedgerEntry booked = ledger(id).get(0);
        assertEquals(new BigDecimal("100.25"), booked.amount());
        assertEquals(LedgerType.SALE, booked.type());
        assertEquals(booked.authCode(), r.authCode());
        assertEquals(booked.hostRefNum(), r.hostRefNum());
        assertEquals(booked.transId(), r.transId());
        String logged = r.exchange().maskedRequest();
        assertTrue(logged.contains("Pan=435508******4358") && logged.contains("Cvv2=***"), logged);
        assertTrue(logged.contains("UserPass=***") && logged.contains("PurchAmount=100.25"), logged);
        assertFalse(logged.contains("4355084355084358") || logged.contains("Expiry=1230"), logged);
    }

    @Test
    void hostDeclinesCarryTheHostCodeAndTheBanksWords() {
        assertEquals("51", declined(gateway.sale(sale(orderId(), "10.00", "4546711234567894"), account)));
        assertEquals("05", declined(gateway.sale(sale(orderId(), "10.00", "4000000000000002"), account)));
        assertEquals("41", declined(gateway.sale(sale(orderId(), "10.41", "4355084355084358"), account)));
        GatewayResult expired = gateway.sale(sale(orderId(), "10.00", "4508034508034509"), account);
        assertEquals("54", declined(expired));
        assertEquals("VADESI DOLMUS KART", expired.bankMessage());
    }

    @Test
    void aWrongPasswordIsRefusedNothingBookedAndTheConnectionCheckSaysSo() {
        String id = orderId();
        GatewayAccount wrong = sim.account("wrong", InterPosSimulatedBank.STORE_KEY, Duration.ofSeconds(5));
        assertEquals("81", declined(gateway.sale(sale(id, "10.00", "4355084355084358"), wrong)));
        assertTrue(ledger(id).isEmpty());

        ConnectionCheck bad = gateway.testConnection(wrong);
        assertTrue(bad.reachable());
        assertFalse(bad.credentialsAccepted());
        ConnectionCheck good = gateway.testConnection(account);
        assertTrue(good.credentialsAccepted(), good.detail());
        assertEquals("E30", good.bankCode());
    }

    @Test
    void preAuthThenPartialCaptureOnce() {
        String id = orderId();
        assertTrue(gateway.preAuthorize(sale(id, "200.00", "4355084355084358"), account)
                .approved());
        assertEquals("E39", declined(gateway.capture(followUp(id, "200.01", "200.00"), account)));
        GatewayResult captured = gateway.capture(followUp(id, "180.00", "200.00"), account);
        assertTrue(captured.approved(), captured.bankMessage());
        assertEquals(LedgerType.POST_AUTH, ledger(id).get(0).type());
        assertEquals(new BigDecimal("180.00"), ledger(id).get(0).amount());
        assertEquals("E39", declined(gateway.capture(followUp(id, "10.00", "200.00"), account)));

        OrderHistory history = gateway.history(HistoryInquiry.of(id, Currency.getInstance("TRY")), account);
        assertEquals(
                List.of(HistoryKind.PRE_AUTH, HistoryKind.CAPTURE),
                history.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                history.lines().get(1).outcome(),
                "the inquiry does not say how much was captured: never proof");
    }

    @Test
    void voidOnceTheSameDayThenRefundsAfterTheDayEndOnly() {
        String voidedId = orderId();
        assertTrue(gateway.sale(sale(voidedId, "80.00", "4355084355084358"), account)
                .approved());
        assertTrue(gateway.voidTransaction(followUp(voidedId, "80.00", "80.00"), account)
                .approved());
        assertEquals("E39", declined(gateway.voidTransaction(followUp(voidedId, "80.00", "80.00"), account)));
        assertEquals(GatewayOutcome.UNKNOWN, gateway.status(voidedId, account).outcome(), "voided: a person decides");
        OrderHistory voided = gateway.history(HistoryInquiry.of(voidedId, Currency.getInstance("TRY")), account);
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.VOID),
                voided.lines().stream().map(OrderHistory.Line::kind).toList());

        String id = orderId();
        assertTrue(gateway.sale(sale(id, "300.00", "4355084355084358"), account).approved());
        assertEquals("E39", declined(gateway.refund(followUp(id, "100.00", "300.00"), account)));
        sim.ledger.closeBatch("INTERPOS");
        assertEquals("E39", declined(gateway.voidTransaction(followUp(id, "300.00", "300.00"), account)));
        assertTrue(gateway.refund(followUp(id, "120.00", "300.00"), account).approved());
        assertEquals("E39", declined(gateway.refund(followUp(id, "180.01", "300.00"), account)));
        assertTrue(gateway.refund(followUp(id, "180.00", "300.00"), account).approved());
        assertEquals(
                new BigDecimal("300.00"),
                ledger(id).stream()
                        .filter(e -> e.type() == LedgerType.REFUND)
                        .map(LedgerEntry::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));

        assertEquals(GatewayOutcome.APPROVED, gateway.status(id, account).outcome());
        OrderHistory history = gateway.history(HistoryInquiry.of(id, Currency.getInstance("TRY")), account);
        assertTrue(history.answered(), String.valueOf(history.exchange().failure()));
        assertFalse(history.itemized(), "the refunds are one total");
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND),
                history.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(
                List.of("300.00", "300.00"),
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
        assertEquals("51", d.bankCode());
        assertEquals(GatewayOutcome.NOT_SENT, gateway.status(orderId(), account).outcome());
        OrderHistory none = gateway.history(HistoryInquiry.of(orderId(), Currency.getInstance("TRY")), account);
        assertTrue(none.answered() && none.lines().isEmpty());

        String id = orderId();
        assertTrue(gateway.sale(sale(id, "10.00", "4355084355084358"), account).approved());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(id, "10.00", "4355084355084358"), account).outcome());
        assertEquals(1, ledger(id).size());
    }

    @Test
    void transportFaultsAreUnknownAndTheSlowSaleIsSettledByTheStatus() {
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "9999.99", "4355084355084358"), account)
                        .outcome());
        String halfAnswered = orderId();
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(halfAnswered, "8888.88", "4355084355084358"), account)
                        .outcome(),
                "half an answer is no answer");
        assertEquals(1, ledger(halfAnswered).size(), "the bank booked it all the same");
        String slow = orderId();
        GatewayAccount impatient = sim.account("3", InterPosSimulatedBank.STORE_KEY, Duration.ofMillis(700));
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

    @Test
    void nothingListensIsNotSent() {
        GatewayAccount nowhere = new GatewayAccount(
                21,
                1,
                dev.vpos.gateway.domain.GatewayFamily.INTERPOS,
                java.net.URI.create("http://127.0.0.1:9/interpos/mpi/Default.aspx"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                account.credentials());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.sale(sale(orderId(), "10.00", "4355084355084358"), nowhere)
                        .outcome());
    }

    /** The simulator's reconciliation faults: a booked approval is the bank's status, a forgotten order is not sent. */
    @Test
    void anApprovalBookedAtTheBankIsItsAnswerAndAForgottenOrderIsNotSent() {
        BankLedgerFaults.bookedIsTheBanksAnswerAndForgottenIsNotSent(
                gateway, account, sim.ledger, InterPosSimulatedBank.SHOP, orderId());
    }
}
