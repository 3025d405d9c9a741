package dev.vpos.gateway.tosla;

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
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
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

/** The Tosla adapter, through the real CXF transport, against the simulator's Tosla core: non-3D operations. */
class ToslaGatewayContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CLIENT = "1000000494";

    private final ToslaSimulatedBank sim = new ToslaSimulatedBank();
    private final ToslaGateway gateway = new ToslaGateway(new BankHttpTransport(), Clock.systemUTC());
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
                "127.0.0.1",
                "payer@example.com");
    }

    static FollowUp followUp(String orderId, String amount, String original) {
        return new FollowUp(orderId, orderId(), Money.of(amount, "TRY"), Money.of(original, "TRY"), 1, Map.of());
    }

    private List<LedgerEntry> ledger(String orderId) {
        return sim.ledger.entriesOf("TOSLA", CLIENT, orderId);
    }

    @Test
    void anApprovedSaleCarriesTheBanksCodesAsTheLedgerHasThemAndLogsNoCard() {
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
        assertTrue(logged.contains("\"cardNo\":\"435508******4358\""), logged);
        assertTrue(logged.contains("\"amount\":\"10025\"") && logged.contains("\"cvv\":\"***\""), logged);
        assertFalse(logged.contains("4355084355084358") || logged.contains("POS_ENT_Test_001!*!*"), logged);
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
    void aWrongPasswordIsTheBanksHashErrorAndTheConnectionCheckSaysSo() {
        GatewayAccount wrong = ToslaSimulatedBank.account(sim.endpoint(), Duration.ofSeconds(5), "not-the-password");
        String id = orderId();
        assertEquals("997", declined(gateway.sale(sale(id, "10.00", "4355084355084358"), wrong)));
        assertTrue(ledger(id).isEmpty(), "a request that fails the hash is not processed");

        ConnectionCheck bad = gateway.testConnection(wrong);
        assertTrue(bad.reachable());
        assertFalse(bad.credentialsAccepted());
        ConnectionCheck good = gateway.testConnection(account);
        assertTrue(good.reachable() && good.credentialsAccepted(), good.detail());
    }

    @Test
    void aRequestSignedAtAnotherTimeIsRefused() {
        ToslaGateway late = new ToslaGateway(
                new BankHttpTransport(), Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), ZoneId.of("UTC")));
        assertEquals("997", declined(late.sale(sale(orderId(), "10.00", "4355084355084358"), account)));
    }

    @Test
    void voidTakesBackTheWholeOrderOnceWhileItsDayIsOpen() {
        String id = orderId();
        assertTrue(gateway.sale(sale(id, "80.00", "4355084355084358"), account).approved());

        GatewayResult voided = gateway.voidTransaction(followUp(id, "80.00", "80.00"), account);
        assertTrue(voided.approved(), voided.bankMessage());
        assertEquals(LedgerType.VOID, ledger(id).get(0).type());
        assertEquals(new BigDecimal("80.00"), ledger(id).get(0).amount());
        GatewayResult again = gateway.voidTransaction(followUp(id, "80.00", "80.00"), account);
        assertEquals("998", declined(again));
        assertTrue(again.bankMessage().contains("already cancelled"), again.bankMessage());
        assertEquals(2, ledger(id).size());

        GatewayResult status = gateway.status(id, account);
        assertEquals(GatewayOutcome.UNKNOWN, status.outcome(), "a voided order is left to a person");
    }

    @Test
    void refundsWaitForTheDayEndThenGiveBackPartsUpToTheSale() {
        String id = orderId();
        assertTrue(gateway.sale(sale(id, "300.00", "4355084355084358"), account).approved());
        GatewayResult early = gateway.refund(followUp(id, "100.00", "300.00"), account);
        assertEquals("998", declined(early), "before the day end the bank wants a void");

        sim.ledger.closeBatch("TOSLA");
        assertTrue(gateway.refund(followUp(id, "120.00", "300.00"), account).approved());
        assertEquals("998", declined(gateway.refund(followUp(id, "180.01", "300.00"), account)));
        assertTrue(gateway.refund(followUp(id, "180.00", "300.00"), account).approved());
        assertEquals(
                List.of(LedgerType.REFUND, LedgerType.REFUND, LedgerType.SALE),
                ledger(id).stream().map(LedgerEntry::type).toList());
        assertEquals("998", declined(gateway.voidTransaction(followUp(id, "300.00", "300.00"), account)));

        GatewayResult status = gateway.status(id, account);
        assertEquals(GatewayOutcome.APPROVED, status.outcome(), "a refunded sale was still approved");
        OrderHistory history = gateway.history(HistoryInquiry.of(id, TRY), account);
        assertTrue(history.answered(), String.valueOf(history.exchange().failure()));
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND, HistoryKind.REFUND),
                history.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(
                List.of("300.00", "120.00", "180.00"),
                history.lines().stream()
                        .map(l -> l.amount().amount().toPlainString())
                        .toList());
        assertTrue(history.lines().stream().allMatch(OrderHistory.Line::approved));
        assertEquals(ledger(id).get(0).transId(), history.lines().get(2).transId());
    }

    @Test
    void statusTellsApprovedDeclinedAndUnknownOrdersApart() {
        String approved = orderId();
        gateway.sale(sale(approved, "10.00", "4355084355084358"), account);
        GatewayResult a = gateway.status(approved, account);
        assertEquals(GatewayOutcome.APPROVED, a.outcome());
        assertEquals(ledger(approved).get(0).authCode(), a.authCode());

        String declined = orderId();
        gateway.sale(sale(declined, "10.00", "4546711234567894"), account);
        GatewayResult d = gateway.status(declined, account);
        assertEquals(GatewayOutcome.DECLINED, d.outcome());
        assertEquals("51", d.bankCode());

        assertEquals(GatewayOutcome.NOT_SENT, gateway.status(orderId(), account).outcome());
        OrderHistory none = gateway.history(HistoryInquiry.of(orderId(), TRY), account);
        assertTrue(none.answered());
        assertTrue(none.lines().isEmpty());
    }

    @Test
    void anOrderIdUsedBeforeIsAskedAboutNeverDeclined() {
        String id = orderId();
        assertTrue(gateway.sale(sale(id, "10.00", "4355084355084358"), account).approved());
        GatewayResult second = gateway.sale(sale(id, "10.00", "4355084355084358"), account);
        assertEquals(GatewayOutcome.UNKNOWN, second.outcome());
        assertEquals(1, ledger(id).size());
    }

    @Test
    void transportFaultsAreUnknownAndNoConnectionIsNotSent() throws IOException {
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "9999.99", "4355084355084358"), account)
                        .outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", "4355084355084358"), account)
                        .outcome());
        String slow = orderId();
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(slow, "7777.77", "4355084355084358"), sim.impatientAccount())
                        .outcome());
        // the bank books the slow sale once its pause is over: the order's status settles it
        GatewayOutcome settled = GatewayOutcome.NOT_SENT;
        for (long end = System.nanoTime() + 5_000_000_000L;
                settled != GatewayOutcome.APPROVED && System.nanoTime() < end; ) {
            settled = gateway.status(slow, account).outcome();
        }
        assertEquals(GatewayOutcome.APPROVED, settled, "the slow sale was booked");

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GatewayAccount nowhere = ToslaSimulatedBank.account(
                URI.create("http://127.0.0.1:" + port + "/tosla/api/Payment"),
                Duration.ofMillis(700),
                "POS_ENT_Test_001!*!*");
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.sale(sale(orderId(), "10.00", "4355084355084358"), nowhere)
                        .outcome());
    }

    /** The simulator's reconciliation faults: a booked approval is the bank's status, a forgotten order is not sent. */
    @Test
    void anApprovalBookedAtTheBankIsItsAnswerAndAForgottenOrderIsNotSent() {
        BankLedgerFaults.bookedIsTheBanksAnswerAndForgottenIsNotSent(gateway, account, sim.ledger, CLIENT, orderId());
    }
}
