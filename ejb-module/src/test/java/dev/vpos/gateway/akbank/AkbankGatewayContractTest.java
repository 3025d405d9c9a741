package dev.vpos.gateway.akbank;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Akbank adapter, through the real CXF transport, against the simulator's Akbank core: non-3D operations. */
class AkbankGatewayContractTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AkbankSimulatedBank sim = new AkbankSimulatedBank();
    private final AkbankGateway gateway = new AkbankGateway(new BankHttpTransport(), Clock.systemUTC());
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
        return sim.ledger.entriesOf("AKBANK", AkbankSimulatedBank.MERCHANT, orderId);
    }

    private static String declined(GatewayResult r) {
        assertEquals(GatewayOutcome.DECLINED, r.outcome(), r.bankMessage());
        assertNull(r.authCode());
        return r.bankCode();
    }

    @Test
    void anApprovedSaleIsSignedAndCarriesTheLedgersCodes() {
        String id = orderId();
        GatewayResult r = gateway.sale(sale(id, "100.25", "4355084355084358"), account);

        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.bankMessage());
        assertEquals("VPS-0000", r.bankCode());
        LedgerEntry booked = ledger(id).get(0);
        assertEquals(new BigDecimal("100.25"), booked.amount());
        assertEquals(booked.authCode(), r.authCode());
        assertEquals(booked.hostRefNum(), r.hostRefNum());
        String logged = r.exchange().maskedRequest();
        assertTrue(
                logged.contains("\"cardNumber\":\"435508******4358\"") && logged.contains("\"cvv2\":\"***\""), logged);
        assertFalse(logged.contains("4355084355084358") || logged.contains(AkbankSignatureTest.KEY), logged);
    }

    @Test
    void hostDeclinesCarryTheHostCode() {
        assertEquals("51", declined(gateway.sale(sale(orderId(), "10.00", "4546711234567894"), account)));
        assertEquals("05", declined(gateway.sale(sale(orderId(), "10.00", "4000000000000002"), account)));
        assertEquals("41", declined(gateway.sale(sale(orderId(), "10.41", "4355084355084358"), account)));
        assertEquals("54", declined(gateway.sale(sale(orderId(), "10.00", "4508034508034509"), account)));
    }

    @Test
    void aWrongKeyOrAStaleRequestTimeIsRefusedAndNothingBooked() {
        String id = orderId();
        assertEquals(
                "VPS-1099", declined(gateway.sale(sale(id, "10.00", "4355084355084358"), sim.account("x".repeat(32)))));
        AkbankGateway late = new AkbankGateway(
                new BankHttpTransport(), Clock.fixed(Instant.now().minus(Duration.ofMinutes(30)), ZoneId.of("UTC")));
        assertEquals("VPS-1073", declined(late.sale(sale(id, "10.00", "4355084355084358"), account)));
        assertTrue(ledger(id).isEmpty());

        ConnectionCheck bad = gateway.testConnection(sim.account("x".repeat(32)));
        assertTrue(bad.reachable());
        assertFalse(bad.credentialsAccepted());
        assertTrue(gateway.testConnection(account).credentialsAccepted());
    }

    @Test
    void preAuthThenPartialCaptureOnce() {
        String id = orderId();
        assertTrue(gateway.preAuthorize(sale(id, "200.00", "4355084355084358"), account)
                .approved());
        assertEquals("VPS-1090", declined(gateway.capture(followUp(id, "200.01", "200.00"), account)));
        GatewayResult captured = gateway.capture(followUp(id, "180.00", "200.00"), account);
        assertTrue(captured.approved(), captured.bankMessage());
        assertEquals(LedgerType.POST_AUTH, ledger(id).get(0).type());
        assertEquals(new BigDecimal("180.00"), ledger(id).get(0).amount());
        assertEquals("VPS-1090", declined(gateway.capture(followUp(id, "10.00", "200.00"), account)));
    }

    @Test
    void cancelOnceTheSameDayThenRefundsAfterTheDayEnd() {
        String voidedId = orderId();
        assertTrue(gateway.sale(sale(voidedId, "80.00", "4355084355084358"), account)
                .approved());
        assertTrue(gateway.voidTransaction(followUp(voidedId, "80.00", "80.00"), account)
                .approved());
        assertEquals("VPS-1008", declined(gateway.voidTransaction(followUp(voidedId, "80.00", "80.00"), account)));
        assertEquals(
                GatewayOutcome.UNKNOWN, gateway.status(voidedId, account).outcome(), "cancelled: a person decides");

        String id = orderId();
        assertTrue(gateway.sale(sale(id, "300.00", "4355084355084358"), account).approved());
        assertEquals("VPS-1090", declined(gateway.refund(followUp(id, "100.00", "300.00"), account)));
        sim.ledger.closeBatch("AKBANK");
        assertEquals("VPS-1090", declined(gateway.voidTransaction(followUp(id, "300.00", "300.00"), account)));
        assertTrue(gateway.refund(followUp(id, "120.00", "300.00"), account).approved());
        assertEquals("VPS-1090", declined(gateway.refund(followUp(id, "180.01", "300.00"), account)));
        assertTrue(gateway.refund(followUp(id, "180.00", "300.00"), account).approved());

        assertEquals(GatewayOutcome.APPROVED, gateway.status(id, account).outcome());
        OrderHistory history = gateway.history(HistoryInquiry.of(id, Currency.getInstance("TRY")), account);
        assertTrue(history.answered(), String.valueOf(history.exchange().failure()));
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
        assertEquals("51", d.bankCode());
        assertEquals(GatewayOutcome.NOT_SENT, gateway.status(orderId(), account).outcome());

        String id = orderId();
        assertTrue(gateway.sale(sale(id, "10.00", "4355084355084358"), account).approved());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(id, "10.00", "4355084355084358"), account).outcome());
        assertEquals(1, ledger(id).size());
    }

    @Test
    void transportFaultsAreUnknownAndTheSlowSaleIsSettledByTheOrderHistory() {
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "9999.99", "4355084355084358"), account)
                        .outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", "4355084355084358"), account)
                        .outcome());
        String slow = orderId();
        GatewayAccount impatient = sim.account(AkbankSignatureTest.KEY, Duration.ofMillis(700));
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
                gateway, account, sim.ledger, AkbankSimulatedBank.MERCHANT, orderId());
    }
}
