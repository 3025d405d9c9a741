package dev.vpos.gateway.mypos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.CardTokenUse;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.mypos.IpcForm;
import dev.vpos.simulator.mypos.MyPosCheckout;
import java.net.URI;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The myPOS adapter against the simulator's myPOS core: the signed purchase form opens the checkout page, the card
 * page pays, myPOS's signed IPCPurchaseNotify is read as our inbox would hand it over, the payer's return is checked
 * and settled by IPCGetTxnStatus over HTTP; stored cards, refunds, reversals, forgeries and faults.
 */
class MyPosContractTest {

    private static final URI CALLBACK = URI.create("https://erp.example/vpos/3ds/callback/ref-1");
    private static final URI NOTIFY = URI.create("https://erp.example/vpos/notify/30");
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private final MyPosSimulatedCheckout sim = new MyPosSimulatedCheckout();
    private final MyPosGateway gateway = new MyPosGateway(new BankHttpTransport());

    @AfterEach
    void stop() {
        sim.close();
    }

    static String orderId() {
        return "20261123MP" + String.format("%06d", SEQ.incrementAndGet() % 1_000_000);
    }

    private ThreeDsStart start(String orderId, String amount, CardTokenUse token) {
        return gateway.startThreeDs(
                new ThreeDsRequest(
                        ThreeDsSale.withoutCard(orderId, Money.of(amount, "EUR"), 1, "127.0.0.1", "payer@example.com"),
                        PaymentModel.THREE_D_HOST,
                        AuthorizationKind.SALE,
                        CALLBACK,
                        CALLBACK,
                        "en",
                        NOTIFY,
                        token),
                sim.account());
    }

    /** What the payer's browser posts: the form's fields in the order of the page. */
    private static IpcForm posted(ThreeDsStart start) {
        IpcForm f = IpcForm.empty();
        start.fields().forEach(f::add);
        return f;
    }

    private MyPosCheckout.Page openAndPay(
            String orderId, String amount, CardTokenUse token, String pan, String cvc, boolean keepCard) {
        MyPosCheckout.Page card = sim.checkout.open(posted(start(orderId, amount, token)));
        assertEquals(MyPosCheckout.Page.Kind.CARD_FORM, card.kind(), card.html());
        Map<String, String> input = new LinkedHashMap<>(Map.of(
                "session",
                card.sessionId(),
                "cardNumber",
                pan,
                "expiry",
                "12/30",
                "cvc",
                cvc,
                "holder",
                "Ayse Yilmaz"));
        if (keepCard) {
            input.put("storeCard", "1");
        }
        return sim.checkout.pay(input);
    }

    private ThreeDsFinish payerReturns(String orderId, String amount, Map<String, String> posted) {
        return gateway.finishThreeDs(
                new ThreeDsCallback(
                        posted,
                        ThreeDsSale.withoutCard(orderId, Money.of(amount, "EUR"), 1, null, null),
                        PaymentModel.THREE_D_HOST,
                        AuthorizationKind.SALE),
                sim.account());
    }

    private static FollowUp followUp(String orderId, String amount, String original, Map<String, String> refs) {
        return new FollowUp(
                orderId, "OP" + SEQ.incrementAndGet(), Money.of(amount, "EUR"), Money.of(original, "EUR"), 1, refs);
    }

    @Test
    void thePurchaseFormIsSignedInTheDocumentedOrderAndOpensTheCheckoutPage() {
        String orderId = orderId();
        ThreeDsStart start = start(orderId, "23.45", CardTokenUse.NONE);

        assertFalse(start.isFailure());
        assertEquals(sim.server.uri(MyPosSimulatedCheckout.PATH), start.action());
        assertEquals(
                List.of(
                        "IPCmethod",
                        "IPCVersion",
                        "IPCLanguage",
                        "SID",
                        "WalletNumber",
                        "KeyIndex",
                        "Source",
                        "Currency",
                        "Amount",
                        "OrderID",
                        "URL_OK",
                        "URL_Cancel",
                        "URL_Notify",
                        "Note",
                        "expires_in",
                        "customeremail",
                        "CartItems",
                        "Article_1",
                        "Quantity_1",
                        "Price_1",
                        "Amount_1",
                        "Currency_1",
                        "CardTokenRequest",
                        "PaymentParametersRequired",
                        "PaymentMethod",
                        "Signature"),
                List.copyOf(start.fields().keySet()));
        assertEquals("IPCPurchase", start.fields().get("IPCmethod"));
        assertEquals("23.45", start.fields().get("Amount"));
        assertEquals(NOTIFY.toString(), start.fields().get("URL_Notify"));
        assertEquals("0", start.fields().get("CardTokenRequest"));
        assertTrue(start.exchange().maskedRequest().contains("OrderID=" + orderId));
        assertEquals(
                MyPosCheckout.Page.Kind.CARD_FORM,
                sim.checkout.open(posted(start)).kind());
    }

    @Test
    void aPurchaseFormWithOneValueChangedOrTheFieldsReorderedIsRefusedBySignature() {
        ThreeDsStart start = start(orderId(), "23.45", CardTokenUse.NONE);
        IpcForm cheaper = IpcForm.empty();
        start.fields()
                .forEach((k, v) ->
                        cheaper.add(k, k.equals("Amount") || k.equals("Amount_1") || k.equals("Price_1") ? "1.00" : v));
        IpcForm reordered = IpcForm.empty();
        start.fields().forEach((k, v) -> {
            if (!k.equals("Note") && !k.equals("Signature")) {
                reordered.add(k, v);
            }
        });
        reordered
                .add("Note", start.fields().get("Note"))
                .add("Signature", start.fields().get("Signature"));

        MyPosCheckout.Page refused = sim.checkout.open(cheaper);
        assertEquals(MyPosCheckout.Page.Kind.ERROR, refused.kind());
        assertTrue(refused.html().contains("Status 2: Signature failed"), refused.html());
        assertEquals(MyPosCheckout.Page.Kind.ERROR, sim.checkout.open(reordered).kind());
    }

    @Test
    void aPaymentIsNotifiedSignedTheNotificationReadsApprovedAndThePayersReturnIsSettledByTheStatus() {
        String orderId = orderId();
        MyPosCheckout.Page back = openAndPay(orderId, "23.45", CardTokenUse.NONE, "4111111111111111", "123", false);

        assertEquals(MyPosCheckout.Page.Kind.RETURN, back.kind());
        assertEquals(CALLBACK.toString(), back.returnUrl());
        assertEquals(1, sim.notifications.size(), "notified before the payer is sent back");
        NotificationVerdict v = gateway.readNotification(sim.notifications.get(0), sim.account());
        assertTrue(v.authentic(), v.rejection());
        assertEquals(NotificationKind.PAYMENT_APPROVED, v.kind());
        assertEquals(orderId, v.bankOrderId());
        assertEquals(Money.of("23.45", "EUR"), v.amount());
        String trnref = v.result().hostRefNum();
        assertEquals("IPCPurchaseNotify:" + orderId + ":" + trnref, v.eventId());
        assertEquals(Map.of("trnref", trnref), v.result().references());
        assertNull(v.cardToken(), "no card kept without the payer's consent");
        assertEquals(200, v.acknowledgement().status());
        assertEquals("OK", v.acknowledgement().body());
        assertEquals(
                v.eventId(),
                gateway.readNotification(sim.notifications.get(0), sim.account())
                        .eventId(),
                "the same notification has the same event id");

        ThreeDsFinish finish = payerReturns(orderId, "23.45", back.returnFields());
        assertTrue(finish.authentic(), finish.rejection());
        assertEquals(GatewayOutcome.APPROVED, finish.result().outcome());
        assertEquals("0", finish.result().bankCode());
        assertEquals(trnref, finish.result().references().get("trnref"));
        assertTrue(finish.result().exchange().maskedRequest().contains("IPCmethod=IPCGetTxnStatus"));
        assertEquals(
                GatewayOutcome.APPROVED, gateway.status(orderId, sim.account()).outcome());
    }

    @Test
    void aKeptCardComesWithTheNotificationAndPaysTheNextOrderServerToServer() {
        String first = orderId();
        ThreeDsStart start = start(first, "10.00", new CardTokenUse(true, null));
        assertEquals("2", start.fields().get("CardTokenRequest"));
        MyPosCheckout.Page card = sim.checkout.open(posted(start));
        assertTrue(card.html().contains("Keep this card at myPOS"), card.html());
        sim.checkout.pay(Map.of(
                "session",
                card.sessionId(),
                "cardNumber",
                "5555555555554444",
                "expiry",
                "11/29",
                "cvc",
                "321",
                "holder",
                "Ayse Yilmaz",
                "storeCard",
                "1"));

        NotificationVerdict v = gateway.readNotification(sim.notifications.get(0), sim.account());
        assertTrue(v.authentic(), v.rejection());
        assertNotNull(v.cardToken());
        assertEquals("4444", v.cardToken().last4());
        assertEquals("MASTERCARD", v.cardToken().brand());
        assertEquals("11/29", v.cardToken().expiry());
        assertFalse(v.maskedPayload().contains(v.cardToken().token()), "the token is withheld from the record");

        String second = orderId();
        ThreeDsStart paid =
                start(second, "7.50", new CardTokenUse(false, v.cardToken().token()));
        assertTrue(paid.isFailure(), "nothing for the browser to do");
        assertEquals(GatewayOutcome.APPROVED, paid.failure().outcome());
        assertNotNull(paid.failure().references().get("trnref"));
        assertFalse(
                paid.exchange().maskedRequest().contains(v.cardToken().token()),
                paid.exchange().maskedRequest());
        assertTrue(paid.exchange().maskedRequest().contains("IPCmethod=IPCIAPurchase"));
        assertEquals(
                GatewayOutcome.APPROVED, gateway.status(second, sim.account()).outcome());
        assertEquals(1, sim.notifications.size(), "a server-to-server purchase is answered, not notified");
    }

    @Test
    void aTokenOfAnotherStoreOrUnknownToMyPosIsDeclinedAndNothingIsCharged() {
        ThreeDsStart refused =
                start(orderId(), "7.50", new CardTokenUse(false, "0123456789ABCDEF0123456789ABCDEF01234567"));

        assertEquals(GatewayOutcome.DECLINED, refused.failure().outcome());
        assertEquals("5", refused.failure().bankCode());
        assertTrue(sim.ledger.newestFirst(java.util.Optional.empty()).isEmpty());
    }

    @Test
    void aDeclinedCardStaysOnTheMyPosPageAndAPayerWhoGivesUpReturnsDeclined() {
        String orderId = orderId();
        MyPosCheckout.Page card = sim.checkout.open(posted(start(orderId, "12.00", CardTokenUse.NONE)));
        MyPosCheckout.Page again = sim.checkout.pay(
                Map.of("session", card.sessionId(), "cardNumber", "4546711234567894", "expiry", "12/30", "cvc", "123"));
        assertEquals(MyPosCheckout.Page.Kind.CARD_FORM, again.kind());
        assertTrue(again.html().contains("Not sufficient funds"), again.html());
        assertTrue(sim.notifications.isEmpty(), "myPOS notifies payments only");

        MyPosCheckout.Page cancelled = sim.checkout.cancel(Map.of("session", card.sessionId()));
        assertEquals("IPCPurchaseCancel", cancelled.returnFields().get("IPCmethod"));
        ThreeDsFinish finish = payerReturns(orderId, "12.00", cancelled.returnFields());
        assertTrue(finish.authentic(), finish.rejection());
        assertEquals(GatewayOutcome.DECLINED, finish.result().outcome());
        assertEquals("IPCPurchaseCancel", finish.result().bankCode());
    }

    @Test
    void aTamperedReturnIsRefusedAndAReturnForAnotherOrderToo() {
        String orderId = orderId();
        MyPosCheckout.Page back = openAndPay(orderId, "23.45", CardTokenUse.NONE, "4111111111111111", "123", false);
        Map<String, String> tampered = new LinkedHashMap<>(back.returnFields());
        tampered.put("Amount", "0.01");

        assertFalse(payerReturns(orderId, "23.45", tampered).authentic());
        assertFalse(payerReturns(orderId(), "23.45", back.returnFields()).authentic(), "another order's return");
        Map<String, String> reordered = new LinkedHashMap<>();
        List<String> names = List.copyOf(back.returnFields().keySet());
        reordered.put(names.get(1), back.returnFields().get(names.get(1)));
        back.returnFields().forEach(reordered::putIfAbsent);
        assertFalse(payerReturns(orderId, "23.45", reordered).authentic(), "values signed in another order");
    }

    @Test
    void forgedNotificationsAreRejectedWithoutAnOk() throws Exception {
        String orderId = orderId();
        openAndPay(orderId, "23.45", CardTokenUse.NONE, "4111111111111111", "123", false);
        InboundNotification real = sim.notifications.get(0);

        List<Map.Entry<String, String>> higher = real.form().stream()
                .map(e -> e.getKey().equals("Amount") ? Map.entry("Amount", "2345.00") : e)
                .toList();
        NotificationVerdict tampered = gateway.readNotification(notification(higher), sim.account());
        assertFalse(tampered.authentic());
        assertEquals(400, tampered.acknowledgement().status());
        assertFalse("OK".equals(tampered.acknowledgement().body()));
        assertTrue(tampered.maskedPayload().contains("OrderID=" + orderId), "kept for the record");

        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        IpcForm forged = IpcForm.empty();
        real.form().stream()
                .filter(e -> !e.getKey().equals("Signature"))
                .forEach(e -> forged.add(e.getKey(), e.getValue()));
        forged.sign(g.generateKeyPair().getPrivate());
        assertFalse(
                gateway.readNotification(notification(forged.fields()), sim.account())
                        .authentic(),
                "signed with a key that is not myPOS's");

        List<Map.Entry<String, String>> unsigned = real.form().stream()
                .filter(e -> !e.getKey().equals("Signature"))
                .toList();
        assertFalse(
                gateway.readNotification(notification(unsigned), sim.account()).authentic());
    }

    @Test
    void unacknowledgedNotificationsAreRetriedAndAtLastRolledBackWhichTheStatusAndAnotherNotificationSay()
            throws Exception {
        String orderId = orderId();
        sim.failNext.set(10);
        openAndPay(orderId, "30.00", CardTokenUse.NONE, "4111111111111111", "123", false);

        waitFor(() -> sim.notifications.stream()
                .anyMatch(n -> n.field("IPCmethod").orElse("").equals("IPCPurchaseRollback")));
        assertEquals(
                3,
                sim.notifications.stream()
                        .filter(n -> n.field("IPCmethod").orElse("").equals("IPCPurchaseNotify"))
                        .count(),
                "the first try and two retries");
        InboundNotification rollback = sim.notifications.stream()
                .filter(n -> n.field("IPCmethod").orElse("").equals("IPCPurchaseRollback"))
                .findFirst()
                .orElseThrow();
        NotificationVerdict v = gateway.readNotification(rollback, sim.account());
        assertTrue(v.authentic(), v.rejection());
        assertEquals(NotificationKind.PAYMENT_CANCELED, v.kind());
        assertEquals("IPCPurchaseRollback:" + orderId + ":", v.eventId());
        GatewayResult status = gateway.status(orderId, sim.account());
        assertEquals(GatewayOutcome.DECLINED, status.outcome());
        assertEquals("IPCPurchaseRollback", status.bankCode());
    }

    @Test
    void aNotificationAcknowledgedOnTheSecondTryIsNotRolledBack() throws Exception {
        String orderId = orderId();
        sim.failNext.set(1);
        openAndPay(orderId, "30.00", CardTokenUse.NONE, "4111111111111111", "123", false);

        // acknowledged on the second try, and then the notifier has nothing left to do: no third try is scheduled
        waitFor(() -> sim.deliveries.get() >= 2 && sim.notifierIdle());
        assertEquals(2, sim.deliveries.get());
        assertEquals(
                GatewayOutcome.APPROVED, gateway.status(orderId, sim.account()).outcome());
    }

    @Test
    void withheldNotificationsNeverComeButTheStatusKnowsThePayment() {
        String orderId = orderId();
        sim.notifier.withhold(orderId, true);
        openAndPay(orderId, "15.00", CardTokenUse.NONE, "4111111111111111", "123", false);

        assertTrue(sim.notifications.isEmpty());
        assertEquals(
                GatewayOutcome.APPROVED, gateway.status(orderId, sim.account()).outcome());
    }

    @Test
    void partialRefundsUpToThePaidAmountSameDayReversalAndReversalRefusedAfterARefund() {
        String orderId = orderId();
        openAndPay(orderId, "100.00", CardTokenUse.NONE, "4111111111111111", "123", false);
        String trnref = gateway.readNotification(sim.notifications.get(0), sim.account())
                .result()
                .hostRefNum();
        Map<String, String> refs = Map.of("trnref", trnref);

        GatewayResult part = gateway.refund(followUp(orderId, "40.00", "100.00", refs), sim.account());
        assertEquals(GatewayOutcome.APPROVED, part.outcome(), String.valueOf(part.exchange()));
        assertNotNull(part.hostRefNum());
        GatewayResult tooMuch = gateway.refund(followUp(orderId, "60.01", "100.00", refs), sim.account());
        assertEquals(GatewayOutcome.DECLINED, tooMuch.outcome());
        assertEquals("9", tooMuch.bankCode());
        GatewayResult reversal = gateway.voidTransaction(followUp(orderId, "100.00", "100.00", refs), sim.account());
        assertEquals(GatewayOutcome.DECLINED, reversal.outcome(), "a refunded payment is not reversed");
        assertEquals("14", reversal.bankCode());
        GatewayResult rest = gateway.refund(followUp(orderId, "60.00", "100.00", Map.of()), sim.account());
        assertEquals(GatewayOutcome.APPROVED, rest.outcome(), "the transaction reference is asked from myPOS");
    }

    @Test
    void aSameDayPaymentIsReversedAndAfterTheDayEndOnlyRefunded() {
        String today = orderId();
        openAndPay(today, "50.00", CardTokenUse.NONE, "4111111111111111", "123", false);
        String trnref = gateway.readNotification(sim.notifications.get(0), sim.account())
                .result()
                .hostRefNum();

        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.voidTransaction(followUp(today, "50.00", "50.00", Map.of("trnref", trnref)), sim.account())
                        .outcome());
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.status(today, sim.account()).outcome(),
                "a reversed payment is for a person to look at");

        String yesterday = orderId();
        openAndPay(yesterday, "50.00", CardTokenUse.NONE, "4111111111111111", "123", false);
        String ref2 = gateway.readNotification(sim.notifications.get(1), sim.account())
                .result()
                .hostRefNum();
        sim.ledger.closeBatch("MYPOS");
        GatewayResult late =
                gateway.voidTransaction(followUp(yesterday, "50.00", "50.00", Map.of("trnref", ref2)), sim.account());
        assertEquals(GatewayOutcome.DECLINED, late.outcome());
        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.refund(followUp(yesterday, "50.00", "50.00", Map.of("trnref", ref2)), sim.account())
                        .outcome());
    }

    private OrderHistory history(String orderId) {
        return gateway.history(HistoryInquiry.of(orderId, Currency.getInstance("EUR")), sim.account());
    }

    private static void assertLine(
            OrderHistory.Line line, HistoryKind kind, String bankType, GatewayOutcome outcome, String amount) {
        assertEquals(kind, line.kind(), line.toString());
        assertEquals(bankType, line.bankType(), line.toString());
        assertEquals(outcome, line.outcome(), line.toString());
        assertEquals(Money.of(amount, "EUR"), line.amount(), line.toString());
        assertNull(line.operationId(), "myPOS keeps no id of ours per follow-up");
    }

    @Test
    void theTransactionLogShowsTheSaleItsRefundsAndARefusedRefund() {
        String orderId = orderId();
        openAndPay(orderId, "100.00", CardTokenUse.NONE, "4111111111111111", "123", false);
        String trnref = gateway.readNotification(sim.notifications.get(0), sim.account())
                .result()
                .hostRefNum();
        Map<String, String> refs = Map.of("trnref", trnref);
        GatewayResult part = gateway.refund(followUp(orderId, "40.00", "100.00", refs), sim.account());
        gateway.refund(followUp(orderId, "60.01", "100.00", refs), sim.account());
        gateway.refund(followUp(orderId, "20.00", "100.00", refs), sim.account());

        OrderHistory h = history(orderId);

        assertTrue(h.answered(), String.valueOf(h.exchange()));
        assertTrue(h.itemized());
        assertEquals(4, h.lines().size(), h.lines().toString());
        assertLine(h.lines().get(0), HistoryKind.SALE, "IPCPurchaseNotify", GatewayOutcome.APPROVED, "100.00");
        assertEquals(trnref, h.lines().get(0).transId());
        assertNotNull(h.lines().get(0).at());
        assertLine(h.lines().get(1), HistoryKind.REFUND, "IPCRefund", GatewayOutcome.APPROVED, "40.00");
        assertEquals(part.hostRefNum(), h.lines().get(1).transId(), "the refund's own reference");
        assertLine(h.lines().get(2), HistoryKind.REFUND, "IPCRefund", GatewayOutcome.DECLINED, "60.01");
        assertEquals("9", h.lines().get(2).bankCode());
        assertLine(h.lines().get(3), HistoryKind.REFUND, "IPCRefund", GatewayOutcome.APPROVED, "20.00");
        assertTrue(h.exchange().maskedRequest().contains("IPCmethod=IPCGetTxnLog"));
    }

    @Test
    void theTransactionLogShowsAReversalARollbackADeclineAndAPaymentWithAKeptCard() throws Exception {
        String reversed = orderId();
        openAndPay(reversed, "50.00", CardTokenUse.NONE, "4111111111111111", "123", false);
        String trnref = gateway.readNotification(sim.notifications.get(0), sim.account())
                .result()
                .hostRefNum();
        gateway.voidTransaction(followUp(reversed, "50.00", "50.00", Map.of("trnref", trnref)), sim.account());
        OrderHistory h = history(reversed);
        assertEquals(2, h.lines().size(), h.lines().toString());
        assertLine(h.lines().get(0), HistoryKind.SALE, "IPCPurchaseNotify", GatewayOutcome.APPROVED, "50.00");
        assertLine(h.lines().get(1), HistoryKind.VOID, "IPCReversal", GatewayOutcome.APPROVED, "50.00");

        String declinedFirst = orderId();
        MyPosCheckout.Page card = sim.checkout.open(posted(start(declinedFirst, "12.00", CardTokenUse.NONE)));
        sim.checkout.pay(
                Map.of("session", card.sessionId(), "cardNumber", "4546711234567894", "expiry", "12/30", "cvc", "123"));
        sim.checkout.pay(
                Map.of("session", card.sessionId(), "cardNumber", "4111111111111111", "expiry", "12/30", "cvc", "123"));
        h = history(declinedFirst);
        assertEquals(2, h.lines().size(), h.lines().toString());
        assertLine(h.lines().get(0), HistoryKind.SALE, "IPCPurchase", GatewayOutcome.DECLINED, "12.00");
        assertEquals("13", h.lines().get(0).bankCode());
        assertLine(h.lines().get(1), HistoryKind.SALE, "IPCPurchaseNotify", GatewayOutcome.APPROVED, "12.00");

        String rolledBack = orderId();
        sim.failNext.set(10);
        openAndPay(rolledBack, "30.00", CardTokenUse.NONE, "4111111111111111", "123", false);
        waitFor(() -> sim.notifications.stream()
                .anyMatch(n -> n.field("IPCmethod").orElse("").equals("IPCPurchaseRollback")));
        h = history(rolledBack);
        assertEquals(2, h.lines().size(), h.lines().toString());
        assertLine(h.lines().get(1), HistoryKind.VOID, "IPCPurchaseRollback", GatewayOutcome.APPROVED, "30.00");

        String kept = orderId();
        openAndPay(kept, "10.00", new CardTokenUse(true, null), "5555555555554444", "321", true);
        String token = gateway.readNotification(sim.notifications.get(sim.notifications.size() - 1), sim.account())
                .cardToken()
                .token();
        String byToken = orderId();
        start(byToken, "7.50", new CardTokenUse(false, token));
        h = history(byToken);
        assertEquals(1, h.lines().size(), h.lines().toString());
        assertLine(h.lines().get(0), HistoryKind.SALE, "IPCIAPurchase", GatewayOutcome.APPROVED, "7.50");
        assertFalse(h.exchange().maskedResponse().contains(token), "the log never shows a card token");
    }

    @Test
    void anOrderMyPosNeverSawHasNoHistoryAndALogNotSignedByMyPosIsNotAnswered() throws Exception {
        OrderHistory none = history(orderId());
        assertTrue(none.answered(), String.valueOf(none.exchange()));
        assertTrue(none.lines().isEmpty());

        String orderId = orderId();
        openAndPay(orderId, "23.45", CardTokenUse.NONE, "4111111111111111", "123", false);
        OrderHistory forged = gateway.history(
                HistoryInquiry.of(orderId, Currency.getInstance("EUR")), sim.account(otherCertificatePem()));
        assertFalse(forged.answered());
        assertTrue(
                forged.exchange().failure().contains("not signed"),
                forged.exchange().failure());
        OrderHistory otherCurrency =
                gateway.history(HistoryInquiry.of(orderId, Currency.getInstance("USD")), sim.account());
        assertFalse(otherCurrency.answered(), "a line in another currency cannot be compared");
    }

    @Test
    void anOrderMyPosNeverSawIsNotSentAndAnAnswerNotSignedByMyPosIsUnknown() throws Exception {
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.status(orderId(), sim.account()).outcome());

        String orderId = orderId();
        openAndPay(orderId, "23.45", CardTokenUse.NONE, "4111111111111111", "123", false);
        String otherCertificate = otherCertificatePem();
        GatewayResult status = gateway.status(orderId, sim.account(otherCertificate));
        assertEquals(GatewayOutcome.UNKNOWN, status.outcome());
        assertTrue(
                status.exchange().failure().contains("not signed"),
                status.exchange().failure());
        assertFalse(gateway.readNotification(sim.notifications.get(0), sim.account(otherCertificate))
                .authentic());
    }

    @Test
    void theConnectionTestAsksTheStatusOfAnOrderThatDoesNotExist() throws Exception {
        ConnectionCheck check = gateway.testConnection(sim.account());

        assertTrue(check.reachable());
        assertTrue(check.credentialsAccepted(), check.detail());
        assertFalse(gateway.testConnection(sim.account(otherCertificatePem())).credentialsAccepted());
    }

    @Test
    void aCardPaymentWithCardDataIsNeverSent() {
        GatewayResult r = gateway.sale(null, sim.account());
        assertEquals(GatewayOutcome.NOT_SENT, r.outcome());
    }

    private static InboundNotification notification(List<Map.Entry<String, String>> form) {
        IpcForm f = IpcForm.empty();
        form.forEach(e -> f.add(e.getKey(), e.getValue()));
        byte[] body = f.encoded().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new InboundNotification(Map.of(), body, "application/x-www-form-urlencoded", form, Instant.now());
    }

    static String otherCertificatePem() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        var pair = g.generateKeyPair();
        var name = new org.bouncycastle.asn1.x500.X500Name("CN=not myPOS");
        var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
                name,
                java.math.BigInteger.TEN,
                java.util.Date.from(Instant.parse("2025-01-01T00:00:00Z")),
                java.util.Date.from(Instant.parse("2035-01-01T00:00:00Z")),
                name,
                pair.getPublic());
        var holder = builder.build(
                new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        java.io.StringWriter out = new java.io.StringWriter();
        try (var w = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(out)) {
            w.writeObject(holder);
        }
        return out.toString();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
