package dev.vpos.gateway.vakifkatilim;

import static dev.vpos.gateway.vakifkatilim.VakifKatilimSimulatedBank.APPROVING;
import static dev.vpos.gateway.vakifkatilim.VakifKatilimSimulatedBank.orderId;
import static dev.vpos.gateway.vakifkatilim.VakifKatilimSimulatedBank.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.BankLedgerFaults;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Vakıf Katılım adapter, through the real CXF transport, against the simulated bank's own core behind a real HTTP
 * server: field names, formats, hashes, the gates of each follow-up and the ledger's rules (cancel the same day,
 * refund after the day end).
 */
class VakifKatilimGatewayContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");

    private final VakifKatilimSimulatedBank bank = new VakifKatilimSimulatedBank();
    private final VakifKatilimGateway gateway =
            new VakifKatilimGateway(new BankHttpTransport(), Clock.system(ZoneId.of("Europe/Istanbul")));

    @AfterEach
    void stop() {
        bank.close();
    }

    @Test
    void anApprovedSaleCarriesTheBanksCodesAndWhatFollowUpsNeedAndIsLoggedMasked() {
        String order = orderId();
        GatewayResult r = gateway.sale(sale(order, "100.25", APPROVING), bank.account());

        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.exchange().toString());
        assertEquals("00", r.bankCode());
        assertTrue(r.authCode().matches("\\d{6}") && r.hostRefNum().matches("\\d{12}"), r.toString());
        assertTrue(
                r.references().get(VakifKatilimReferences.ORDER_ID).matches("\\d{9}"),
                r.references().toString());
        assertEquals("SALE", r.references().get(VakifKatilimReferences.AUTHORIZATION));
        LedgerEntry booked = bank.ledger.newestFirst(Optional.of(order)).get(0);
        assertEquals(new BigDecimal("100.25"), booked.amount());
        assertEquals(LedgerType.SALE, booked.type());
        assertEquals(r.authCode(), booked.authCode());
        String logged = r.exchange().maskedRequest();
        assertTrue(logged.contains("<VPosMessageContract>") && logged.contains("<Amount>10025</Amount>"), logged);
        assertTrue(logged.contains("<FECCurrencyCode>0949</FECCurrencyCode>"), logged);
        assertTrue(logged.contains("<TransactionSecurity>5</TransactionSecurity>"), logged);
        assertTrue(logged.contains("<CardNumber>435508******4358</CardNumber>"), logged);
        assertTrue(logged.contains("<CardCVV2>***</CardCVV2>") && logged.contains("<HashPassword>***</HashPassword>"));
        assertFalse(logged.contains(APPROVING) || logged.contains(VakifKatilimSimulatedBank.PASSWORD), logged);
        assertFalse(logged.contains(VakifKatilimHash.sha1Base64(VakifKatilimSimulatedBank.PASSWORD)), logged);
    }

    @Test
    void declinesCarryTheIssuersCodeAndBookNothingApproved() {
        assertDeclined("51", gateway.sale(sale(orderId(), "10.00", "4546711234567894"), bank.account()));
        assertDeclined("05", gateway.sale(sale(orderId(), "10.00", "4000000000000002"), bank.account()));
        assertDeclined("41", gateway.sale(sale(orderId(), "10.00", "4000000000000044"), bank.account()));
        assertDeclined("54", gateway.sale(sale(orderId(), "10.54", APPROVING), bank.account()));
        assertTrue(bank.ledger.newestFirst(Optional.empty()).stream().noneMatch(LedgerEntry::isApproved));
    }

    @Test
    void aWrongPasswordIsTheBanksHashErrorNotAChargeAndTheConnectionCheckSaysSo() {
        GatewayAccount wrong = bank.account("not-the-password", Duration.ofSeconds(5));
        String order = orderId();
        assertDeclined("HashDataError", gateway.sale(sale(order, "10.00", APPROVING), wrong));
        assertTrue(bank.ledger.newestFirst(Optional.of(order)).isEmpty());

        ConnectionCheck good = gateway.testConnection(bank.account());
        assertTrue(good.reachable() && good.credentialsAccepted(), good.toString());
        ConnectionCheck bad = gateway.testConnection(wrong);
        assertTrue(bad.reachable());
        assertFalse(bad.credentialsAccepted());
        assertEquals("HashDataError", bad.bankCode());
    }

    @Test
    void aPreAuthorisationIsCapturedWholeOnceAndAnotherIsCancelledTheSameDay() {
        String order = orderId();
        GatewayResult auth = gateway.preAuthorize(sale(order, "200.00", APPROVING), bank.account());
        assertEquals(GatewayOutcome.APPROVED, auth.outcome(), auth.exchange().toString());
        assertEquals("PRE_AUTH", auth.references().get(VakifKatilimReferences.AUTHORIZATION));

        GatewayResult captured = gateway.capture(followUp(order, "200.00", "200.00", auth), bank.account());
        assertEquals(
                GatewayOutcome.APPROVED, captured.outcome(), captured.exchange().toString());
        assertFalse(captured.exchange().maskedRequest().contains("<Amount>"), "the bank's capture has no amount");
        LedgerEntry capture = bank.ledger.newestFirst(Optional.of(order)).get(0);
        assertEquals(LedgerType.POST_AUTH, capture.type());
        assertEquals(new BigDecimal("200.00"), capture.amount());
        assertDeclined(
                "InvalidOrderStatus", gateway.capture(followUp(order, "200.00", "200.00", auth), bank.account()));

        String other = orderId();
        GatewayResult second = gateway.preAuthorize(sale(other, "80.00", APPROVING), bank.account());
        GatewayResult voided = gateway.voidTransaction(followUp(other, "80.00", "80.00", second), bank.account());
        assertEquals(
                GatewayOutcome.APPROVED, voided.outcome(), voided.exchange().toString());
        // the bank's SaleReversal refuses a pre-authorisation: the approval shows the right gate was used
        assertEquals(
                LedgerType.VOID,
                bank.ledger.newestFirst(Optional.of(other)).get(0).type());
    }

    @Test
    void aSameDaySaleIsCancelledWithItsAmountOnceAndNotRefunded() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "75.00", APPROVING), bank.account());
        assertDeclined("InvalidOrderStatus", gateway.refund(followUp(order, "75.00", "75.00", sale), bank.account()));

        GatewayResult voided = gateway.voidTransaction(followUp(order, "75.00", "75.00", sale), bank.account());
        assertEquals(
                GatewayOutcome.APPROVED, voided.outcome(), voided.exchange().toString());
        assertTrue(voided.exchange().maskedRequest().contains("<Amount>7500</Amount>"));
        assertEquals(
                LedgerType.VOID,
                bank.ledger.newestFirst(Optional.of(order)).get(0).type());
        assertDeclined(
                "InvalidOrderStatus", gateway.voidTransaction(followUp(order, "75.00", "75.00", sale), bank.account()));
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.status(order, bank.account()).outcome(),
                "a cancelled order needs a person");
    }

    @Test
    void afterTheDayEndRefundsArePartialThenTheRestAndTheHistoryAddsUp() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "100.00", APPROVING), bank.account());
        bank.ledger.closeBatch("VAKIF_KATILIM");

        assertDeclined(
                "InvalidOrderStatus",
                gateway.voidTransaction(followUp(order, "100.00", "100.00", sale), bank.account()));
        GatewayResult part = gateway.refund(followUp(order, "40.00", "100.00", sale), bank.account());
        assertEquals(GatewayOutcome.APPROVED, part.outcome(), part.exchange().toString());
        assertTrue(part.exchange().maskedRequest().contains("<Amount>4000</Amount>"), "a part names its amount");
        assertDeclined("13", gateway.refund(followUp(order, "60.01", "100.00", sale), bank.account()));
        GatewayResult rest = gateway.refund(followUp(order, "60.00", "100.00", sale), bank.account());
        assertEquals(GatewayOutcome.APPROVED, rest.outcome(), rest.exchange().toString());

        assertEquals(
                GatewayOutcome.APPROVED, gateway.status(order, bank.account()).outcome());
        OrderHistory h = gateway.history(HistoryInquiry.of(order, TRY), bank.account());
        assertTrue(h.answered() && h.itemized(), h.exchange().toString());
        assertEquals(List.of(HistoryKind.SALE, HistoryKind.REFUND, HistoryKind.REFUND), kinds(h));
        assertEquals(Money.of("100.00", "TRY"), h.lines().get(0).amount());
        assertEquals(Money.of("40.00", "TRY"), h.lines().get(1).amount());
        assertEquals(Money.of("60.00", "TRY"), h.lines().get(2).amount());
        assertTrue(h.lines().stream().allMatch(l -> l.outcome() == GatewayOutcome.APPROVED && l.at() != null));
    }

    @Test
    void aFullRefundIsTheDrawBackOfTheOriginalsKind() {
        String order = orderId();
        GatewayResult sale = gateway.sale(sale(order, "30.00", APPROVING), bank.account());
        String pre = orderId();
        GatewayResult auth = gateway.preAuthorize(sale(pre, "50.00", APPROVING), bank.account());
        gateway.capture(followUp(pre, "50.00", "50.00", auth), bank.account());
        bank.ledger.closeBatch("VAKIF_KATILIM");

        GatewayResult refunded = gateway.refund(followUp(order, "30.00", "30.00", sale), bank.account());
        assertEquals(
                GatewayOutcome.APPROVED, refunded.outcome(), refunded.exchange().toString());
        assertFalse(refunded.exchange().maskedRequest().contains("<Amount>"), "DrawBack refunds everything");
        GatewayResult preRefunded = gateway.refund(followUp(pre, "50.00", "50.00", auth), bank.account());
        assertEquals(
                GatewayOutcome.APPROVED,
                preRefunded.outcome(),
                preRefunded.exchange().toString());
        // DrawBack refuses a pre-authorisation's order: the approval shows PreAuthorizationDrawBack was used
        assertEquals(
                new BigDecimal("50.00"),
                bank.ledger.newestFirst(Optional.of(pre)).get(0).amount());

        OrderHistory h = gateway.history(HistoryInquiry.of(pre, TRY), bank.account());
        assertEquals(List.of(HistoryKind.PRE_AUTH, HistoryKind.CAPTURE, HistoryKind.REFUND), kinds(h));
    }

    @Test
    void statusTellsApprovedDeclinedAndNoSuchOrder() {
        String approved = orderId();
        gateway.sale(sale(approved, "12.00", APPROVING), bank.account());
        GatewayResult a = gateway.status(approved, bank.account());
        assertEquals(GatewayOutcome.APPROVED, a.outcome(), a.exchange().toString());
        assertTrue(a.authCode().matches("\\d{6}"));

        String declined = orderId();
        gateway.sale(sale(declined, "12.51", APPROVING), bank.account());
        GatewayResult d = gateway.status(declined, bank.account());
        assertEquals(GatewayOutcome.DECLINED, d.outcome());
        assertEquals("51", d.bankCode());
        OrderHistory dh = gateway.history(HistoryInquiry.of(declined, TRY), bank.account());
        assertEquals(List.of(HistoryKind.SALE), kinds(dh));
        assertEquals(GatewayOutcome.DECLINED, dh.lines().get(0).outcome());

        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.status(orderId(), bank.account()).outcome());
        OrderHistory none = gateway.history(HistoryInquiry.of(orderId(), TRY), bank.account());
        assertTrue(none.answered() && none.lines().isEmpty());
    }

    @Test
    void aFollowUpWithoutReferencesAsksTheBankForThemFirst() {
        String order = orderId();
        gateway.sale(sale(order, "20.00", APPROVING), bank.account());
        FollowUp bare = new FollowUp(order, orderId(), Money.of("20.00", "TRY"), Money.of("20.00", "TRY"), 1, Map.of());
        GatewayResult voided = gateway.voidTransaction(bare, bank.account());
        assertEquals(
                GatewayOutcome.APPROVED, voided.outcome(), voided.exchange().toString());

        FollowUp unknown =
                new FollowUp(orderId(), orderId(), Money.of("20.00", "TRY"), Money.of("20.00", "TRY"), 1, Map.of());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.voidTransaction(unknown, bank.account()).outcome());
    }

    @Test
    void aSaleDeliveredTwiceIsUnknownTheSecondTimeNeverDeclined() {
        String order = orderId();
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.sale(sale(order, "42.10", APPROVING), bank.account()).outcome());
        GatewayResult again = gateway.sale(sale(order, "42.10", APPROVING), bank.account());
        assertEquals(GatewayOutcome.UNKNOWN, again.outcome(), again.exchange().toString());
        assertEquals(1, bank.ledger.newestFirst(Optional.of(order)).size());
    }

    @Test
    void silenceHalfAnswersAndServerErrorsAreUnknownAndAClosedPortIsNotSent() throws IOException {
        GatewayResult slow = gateway.sale(
                sale(orderId(), "7777.77", APPROVING),
                bank.account(VakifKatilimSimulatedBank.PASSWORD, Duration.ofMillis(700)));
        assertEquals(GatewayOutcome.UNKNOWN, slow.outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(orderId(), "8888.88", APPROVING), bank.account())
                        .outcome());
        GatewayResult http500 = gateway.sale(sale(orderId(), "9999.99", APPROVING), bank.account());
        assertEquals(GatewayOutcome.UNKNOWN, http500.outcome());
        assertEquals(500, http500.exchange().httpStatus());

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        GatewayAccount nowhere = VakifKatilimSimulatedBank.account(
                URI.create("http://127.0.0.1:" + closed + "/vakifkatilim/VirtualPOS.Gateway/Home"),
                VakifKatilimSimulatedBank.PASSWORD,
                Duration.ofSeconds(1));
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.sale(sale(orderId(), "10.00", APPROVING), nowhere).outcome());
        assertEquals(GatewayOutcome.UNKNOWN, gateway.status(orderId(), nowhere).outcome());
        assertFalse(gateway.history(HistoryInquiry.of(orderId(), TRY), nowhere).answered());
    }

    @Test
    void publishesWhatTheBankOffers() {
        assertEquals(
                EnumSet.of(
                        GatewayOperation.SALE,
                        GatewayOperation.PRE_AUTH,
                        GatewayOperation.CAPTURE,
                        GatewayOperation.VOID,
                        GatewayOperation.REFUND,
                        GatewayOperation.PARTIAL_REFUND,
                        GatewayOperation.STATUS,
                        GatewayOperation.HISTORY),
                gateway.operations());
        assertEquals(
                EnumSet.of(PaymentModel.REGULAR, PaymentModel.THREE_D, PaymentModel.THREE_D_HOST),
                gateway.paymentModels());
        assertEquals(List.of("REGULAR", "THREE_D", "THREE_D_HOST"), VakifKatilimProfile.SCHEMA.paymentModels());
    }

    private static List<HistoryKind> kinds(OrderHistory h) {
        return h.lines().stream().map(OrderHistory.Line::kind).toList();
    }

    private static FollowUp followUp(String order, String amount, String original, GatewayResult authorization) {
        return new FollowUp(
                order, orderId(), Money.of(amount, "TRY"), Money.of(original, "TRY"), 1, authorization.references());
    }

    private static void assertDeclined(String code, GatewayResult r) {
        assertEquals(GatewayOutcome.DECLINED, r.outcome(), r.exchange().toString());
        assertEquals(code, r.bankCode(), r.exchange().toString());
    }

    /** The simulator's reconciliation faults: a booked approval is the bank's status, a forgotten order is not sent. */
    @Test
    void anApprovalBookedAtTheBankIsItsAnswerAndAForgottenOrderIsNotSent() {
        BankLedgerFaults.bookedIsTheBanksAnswerAndForgottenIsNotSent(
                gateway, bank.account(), bank.ledger, "1", orderId());
    }
}
