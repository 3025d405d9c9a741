package dev.vpos.gateway.twocheckout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
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
import dev.vpos.gateway.testing.HostedFlow;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.gateway.testing.SimulatedBankServer.Reply;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.hosted.NotificationDelivery;
import dev.vpos.simulator.http.FormParameters;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.twocheckout.TwoCheckoutMerchants;
import dev.vpos.simulator.twocheckout.TwoCheckoutReply;
import dev.vpos.simulator.twocheckout.TwoCheckoutShop;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2Checkout adapter through the real CXF transport against the simulated 2Checkout on a local HTTP server: the
 * signed buy link, the payer on 2Checkout's card page, the signed return, IPNs posted to an inbox that answers with the
 * adapter's read receipt (the simulator checks it and retries otherwise), the REST API's status and refund.
 */
class TwoCheckoutContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Map<String, String[]> MERCHANTS = Map.of(
            "SHA256", new String[] {"TEST2CO", "2co-test-secret-key", "2co-test-buy-link-word"},
            "MD5", new String[] {"TESTMD5", "2co-md5-secret-key", "2co-md5-buy-link-word"},
            "SHA3_256", new String[] {"TESTSHA3", "2co-sha3-secret-key", "2co-sha3-buy-link-word"});

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final Ledger ledger = new Ledger();
    private final NotificationDelivery deliveries =
            new NotificationDelivery(executor, HttpClient.newHttpClient(), Clock.systemUTC(), Duration.ofMillis(50), 4);
    private final TwoCheckoutShop shop = new TwoCheckoutShop(
            TwoCheckoutMerchants.fromClasspath(),
            ledger,
            deliveries,
            executor,
            Clock.systemUTC(),
            Duration.ofMillis(2000));
    private final SimulatedBankServer server = new SimulatedBankServer();
    private final TwoCheckoutGateway gateway = new TwoCheckoutGateway(new BankHttpTransport(), Clock.systemUTC());
    private final String base = server.uri("").toString();
    private final List<NotificationVerdict> verdicts = new CopyOnWriteArrayList<>();
    private String algorithm = "SHA256";

    TwoCheckoutContractTest() {
        server.on(
                        TwoCheckoutShop.BUY_PATH,
                        r -> reply(shop.buyLink(
                                FormParameters.firstValues(r.query(), "POST".equals(r.method()) ? r.body() : null),
                                base)))
                .on(TwoCheckoutShop.PAY_PATH, r -> reply(shop.pay(FormParameters.firstValues(null, r.body()), base)))
                .onPrefix(
                        TwoCheckoutShop.API_PREFIX,
                        r -> reply(shop.api()
                                .handle(
                                        r.method(),
                                        r.path().substring(TwoCheckoutShop.API_PREFIX.length()),
                                        r.query(),
                                        r.header("X-Avangate-Authentication"),
                                        r.body())))
                .on("/notify", r -> {
                    NotificationVerdict v = gateway.readNotification(HostedFlow.notification(r), account());
                    verdicts.add(v);
                    return Reply.of(
                            v.acknowledgement().status(),
                            v.acknowledgement().contentType(),
                            v.acknowledgement().body().getBytes(StandardCharsets.UTF_8));
                });
        MERCHANTS.values().forEach(m -> shop.ipnUrl(m[0], server.uri("/notify").toString()));
    }

    @AfterEach
    void stop() {
        server.close();
        executor.shutdownNow();
    }

    private static Reply reply(TwoCheckoutReply r) {
        return new Reply(
                r.status(),
                r.contentType(),
                r.bytes(),
                r.location() == null ? Map.of() : Map.of("Location", r.location()));
    }

    private GatewayAccount account() {
        return account(MERCHANTS.get(algorithm)[1]);
    }

    private GatewayAccount account(String secretKey) {
        String[] m = MERCHANTS.get(algorithm);
        return new GatewayAccount(
                5,
                1,
                GatewayFamily.TWOCHECKOUT,
                server.uri(TwoCheckoutShop.BUY_PATH),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Map.of(
                        "merchantCode",
                        m[0],
                        "secretKey",
                        secretKey,
                        "buyLinkSecretWord",
                        m[2],
                        "ipnHashAlgorithm",
                        algorithm),
                false);
    }

    private static String orderId() {
        return String.format("VP2603%014d", System.nanoTime() % 100_000_000_000_000L + SEQ.incrementAndGet());
    }

    private static ThreeDsSale sale(String order, String amount) {
        return ThreeDsSale.withoutCard(order, Money.of(amount, "TRY"), 1, "10.1.2.3", "payer@example.com");
    }

    /** Our page → the buy link (GET, as the payer's browser opens it) → 2Checkout's card page. */
    private String cardPage(String order, String amount) {
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale(order, amount),
                        PaymentModel.THREE_D_HOST,
                        AuthorizationKind.SALE,
                        URI.create(base + "/callback/" + order),
                        URI.create(base + "/callback/" + order),
                        "en"),
                account());
        assertFalse(start.isFailure());
        HostedFlow.Form link = HostedFlow.firstForm(start.html());
        assertEquals("get", link.method());
        assertEquals(base + TwoCheckoutShop.BUY_PATH, link.action());
        assertEquals("1", link.fields().get("test"), "a TEST definition places test orders");
        assertEquals(order, link.fields().get("order-ext-ref"));
        assertFalse(start.exchange().maskedRequest().contains(link.fields().get("signature")));
        TwoCheckoutReply page = shop.buyLink(link.fields(), base);
        assertEquals(200, page.status(), page.body());
        return page.body();
    }

    /** Fills 2Checkout's card page and places the order; the answer is the redirect back (or the page again). */
    private TwoCheckoutReply placeOrder(String cardPage, String pan, String holder) {
        HostedFlow.Form f = HostedFlow.firstForm(cardPage);
        Map<String, String> form = new HashMap<>(f.fields());
        form.put("holder", holder);
        form.put("cardNumber", pan);
        form.put("expiry", "12/30");
        form.put("cvv", "123");
        return shop.pay(form, base);
    }

    private ThreeDsFinish back(TwoCheckoutReply redirect, String order, String amount) {
        assertEquals(302, redirect.status(), redirect.body());
        assertTrue(redirect.location().startsWith(base + "/callback/" + order + "?"), redirect.location());
        return gateway.finishThreeDs(
                new ThreeDsCallback(
                        HostedFlow.query(redirect.location()),
                        sale(order, amount),
                        PaymentModel.THREE_D_HOST,
                        AuthorizationKind.SALE),
                account());
    }

    private List<NotificationDelivery.View> deliveriesOf(String order) {
        return deliveries.deliveries(Optional.of(order));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SHA256", "MD5", "SHA3_256"})
    void aPaidOrderComesBackSignedIsApprovedByTheApiAndItsIpnIsAcknowledgedWithAValidReadReceipt(String alg) {
        algorithm = alg;
        String order = orderId();
        TwoCheckoutReply redirect = placeOrder(cardPage(order, "150.00"), "4111111111111111", "John Doe");
        ThreeDsFinish finish = back(redirect, order, "150.00");

        assertTrue(finish.authentic(), finish.rejection());
        GatewayResult r = finish.result();
        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.exchange().failure());
        assertEquals("COMPLETE", r.bankCode());
        String refNo = r.references().get(TwoCheckoutGateway.REF_NO);
        assertNotNull(refNo);
        assertFalse(finish.callbackLog()
                .maskedResponse()
                .contains(HostedFlow.query(redirect.location()).get("signature")));

        HostedFlow.await(
                () -> deliveriesOf(order).stream().anyMatch(d -> "DELIVERED".equals(d.state())),
                5000,
                "the IPN acknowledged");
        assertEquals(1, deliveriesOf(order).get(0).attempts().size(), "a valid read receipt the first time");
        NotificationVerdict ipn = verdicts.get(0);
        assertTrue(ipn.authentic(), ipn.rejection());
        assertEquals(NotificationKind.PAYMENT_APPROVED, ipn.kind());
        assertEquals(refNo + ":COMPLETE", ipn.eventId());
        assertEquals(order, ipn.bankOrderId());
        assertEquals(Money.of("150.00", "TRY"), ipn.amount());

        assertEquals(GatewayOutcome.APPROVED, gateway.status(order, account()).outcome());
        LedgerEntry booked = ledger.entriesOf(TwoCheckoutShop.FAMILY, MERCHANTS.get(alg)[0], order)
                .get(0);
        assertEquals(LedgerType.SALE, booked.type());
        assertEquals(refNo, booked.transId());
    }

    @Test
    void aFullRefundGoesThroughTheApiAndIsNotifiedOnceOnly() {
        String order = orderId();
        ThreeDsFinish finish =
                back(placeOrder(cardPage(order, "99.90"), "5401341234567891", "Ayşe Yılmaz"), order, "99.90");
        GatewayResult sale = finish.result();
        FollowUp refund = new FollowUp(
                order,
                "R1" + order.substring(6),
                Money.of("99.90", "TRY"),
                Money.of("99.90", "TRY"),
                1,
                sale.references());

        GatewayResult done = gateway.refund(refund, account());
        assertEquals(GatewayOutcome.APPROVED, done.outcome(), done.exchange().failure());
        assertEquals(
                LedgerType.REFUND,
                ledger.entriesOf(TwoCheckoutShop.FAMILY, "TEST2CO", order)
                        .get(0)
                        .type());
        HostedFlow.await(
                () -> verdicts.stream().anyMatch(v -> v.kind() == NotificationKind.REFUNDED), 5000, "the REFUND IPN");

        GatewayResult again = gateway.refund(refund, account());
        assertEquals(GatewayOutcome.DECLINED, again.outcome());
        assertEquals("ORDER_ALREADY_REFUNDED", again.bankCode());
        GatewayResult partial = gateway.refund(
                new FollowUp(order, "R2", Money.of("10.00", "TRY"), Money.of("99.90", "TRY"), 1, sale.references()),
                account());
        assertEquals(
                GatewayOutcome.NOT_SENT, partial.outcome(), "2Checkout partial refunds need order lines: not offered");
    }

    @Test
    void historyShowsTheSaleAndItsFullRefund() {
        String order = orderId();
        GatewayResult sale = back(
                        placeOrder(cardPage(order, "99.90"), "5401341234567891", "Ayşe Yılmaz"), order, "99.90")
                .result();
        OrderHistory paid = gateway.history(HistoryInquiry.of(order, TRY), account());
        gateway.refund(
                new FollowUp(
                        order,
                        "R1" + order.substring(6),
                        Money.of("99.90", "TRY"),
                        Money.of("99.90", "TRY"),
                        1,
                        sale.references()),
                account());

        OrderHistory refunded = gateway.history(HistoryInquiry.of(order, TRY), account());

        assertEquals(
                List.of(HistoryKind.SALE),
                paid.lines().stream().map(OrderHistory.Line::kind).toList());
        assertTrue(
                refunded.answered() && refunded.itemized(), refunded.exchange().failure());
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND),
                refunded.lines().stream().map(OrderHistory.Line::kind).toList());
        assertTrue(refunded.lines().stream().allMatch(OrderHistory.Line::approved));
        assertEquals(Money.of("99.90", "TRY"), refunded.lines().get(1).amount());
        assertEquals(sale.transId(), refunded.lines().get(0).transId());
        assertNotNull(refunded.lines().get(0).at());
    }

    @Test
    void historyOfAnOrderNeverPlacedIsEmptyAndAWrongKeyAnswersNothing() {
        String declined = orderId();
        placeOrder(cardPage(declined, "12.00"), "4546711234567894", "Ayşe Yılmaz");

        OrderHistory none = gateway.history(HistoryInquiry.of(declined, TRY), account());
        OrderHistory refused = gateway.history(HistoryInquiry.of(declined, TRY), account("wrong-secret"));

        assertTrue(none.answered() && none.lines().isEmpty(), "a declined card leaves no order at 2Checkout");
        assertFalse(refused.answered());
    }

    @Test
    void anOrderUnderReviewIsUnknownOnReturnThenApprovedAndNotifiedTwice() {
        String order = orderId();
        ThreeDsFinish finish =
                back(placeOrder(cardPage(order, "150.00"), "4111111111111111", "Pending Review"), order, "150.00");
        assertTrue(finish.authentic());
        assertEquals(
                GatewayOutcome.UNKNOWN, finish.result().outcome(), "still PENDING: the IPN or the janitor settles it");
        assertEquals(GatewayOutcome.UNKNOWN, gateway.status(order, account()).outcome());

        HostedFlow.await(
                () -> verdicts.stream().anyMatch(v -> v.kind() == NotificationKind.PAYMENT_APPROVED),
                10000,
                "the COMPLETE IPN after the review");
        assertEquals(NotificationKind.PAYMENT_PENDING, verdicts.get(0).kind());
        assertEquals(GatewayOutcome.APPROVED, gateway.status(order, account()).outcome());
    }

    @Test
    void aTamperedBuyLinkIsRefusedBy2Checkout() {
        String order = orderId();
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale(order, "150.00"),
                        PaymentModel.THREE_D_HOST,
                        AuthorizationKind.SALE,
                        URI.create(base + "/callback/x"),
                        URI.create(base + "/callback/x"),
                        "en"),
                account());
        Map<String, String> link =
                new HashMap<>(HostedFlow.firstForm(start.html()).fields());
        link.put("price", "1.50");
        TwoCheckoutReply refused = shop.buyLink(link, base);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Invalid signature"));
    }

    @Test
    void aTamperedOrForeignReturnIsRejectedWithoutAskingAnything() {
        String order = orderId();
        TwoCheckoutReply redirect = placeOrder(cardPage(order, "150.00"), "4111111111111111", "John Doe");
        Map<String, String> returned = new HashMap<>(HostedFlow.query(redirect.location()));
        returned.put("total", "1.50");
        ThreeDsFinish altered = gateway.finishThreeDs(
                new ThreeDsCallback(returned, sale(order, "150.00"), PaymentModel.THREE_D_HOST, AuthorizationKind.SALE),
                account());
        assertFalse(altered.authentic());
        assertTrue(altered.rejection().contains("signature"), altered.rejection());

        ThreeDsFinish otherOrder = gateway.finishThreeDs(
                new ThreeDsCallback(
                        HostedFlow.query(redirect.location()),
                        sale(orderId(), "150.00"),
                        PaymentModel.THREE_D_HOST,
                        AuthorizationKind.SALE),
                account());
        assertFalse(otherOrder.authentic());
        assertTrue(otherOrder.rejection().contains("is for order " + order), otherOrder.rejection());
    }

    @Test
    void aDeclinedCardStaysOnTheCardPageAndLeavesNoOrder() {
        String order = orderId();
        TwoCheckoutReply declined = placeOrder(cardPage(order, "150.00"), "4546711234567894", "John Doe");
        assertEquals(200, declined.status());
        assertTrue(declined.body().contains("Your card was declined: Insufficient funds (51)"), declined.body());
        assertEquals(
                "51",
                ledger.entriesOf(TwoCheckoutShop.FAMILY, "TEST2CO", order)
                        .get(0)
                        .resultCode());
        assertEquals(GatewayOutcome.NOT_SENT, gateway.status(order, account()).outcome(), "no order at 2Checkout");
        assertTrue(deliveriesOf(order).isEmpty());
    }

    @Test
    void aWithheldIpnIsNotSentUntilResent() {
        String order = orderId();
        deliveries.withhold(order, true);
        back(placeOrder(cardPage(order, "150.00"), "4111111111111111", "John Doe"), order, "150.00");
        assertEquals("WITHHELD", deliveriesOf(order).get(0).state());
        assertTrue(verdicts.isEmpty());

        deliveries.resend(order);
        HostedFlow.await(
                () -> deliveriesOf(order).stream().anyMatch(d -> "DELIVERED".equals(d.state())),
                5000,
                "the resent IPN");
        deliveries.resend(order);
        HostedFlow.await(() -> verdicts.size() == 2, 5000, "the second resend");
        assertEquals(verdicts.get(0).eventId(), verdicts.get(1).eventId(), "a resend is the same event");
    }

    @Test
    void withoutAValidReadReceipt2CheckoutKeepsResendingThenGivesUp() {
        AtomicInteger tries = new AtomicInteger();
        server.on("/listener-without-receipt", r -> {
            tries.incrementAndGet();
            return Reply.of(200, "text/plain", "OK".getBytes(StandardCharsets.UTF_8));
        });
        shop.ipnUrl("TEST2CO", server.uri("/listener-without-receipt").toString());
        String order = orderId();
        back(placeOrder(cardPage(order, "150.00"), "4111111111111111", "John Doe"), order, "150.00");
        HostedFlow.await(
                () -> deliveriesOf(order).stream().anyMatch(d -> "FAILED".equals(d.state())), 5000, "the IPN given up");
        assertEquals(4, tries.get());
        assertTrue(
                deliveriesOf(order).get(0).attempts().get(0).result().contains("no <sig"),
                deliveriesOf(order).get(0).attempts().toString());
    }

    @Test
    void theConnectionTestProvesTheApiAcceptsTheSecretKey() {
        ConnectionCheck ok = gateway.testConnection(account());
        assertTrue(ok.reachable() && ok.credentialsAccepted(), ok.detail());
        ConnectionCheck wrong = gateway.testConnection(account("not-the-secret-key"));
        assertTrue(wrong.reachable());
        assertFalse(wrong.credentialsAccepted());
        assertEquals("AUTHENTICATION_ERROR", wrong.bankCode());
        assertFalse(wrong.exchange().maskedRequest().contains("not-the-secret-key"));
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.status(orderId(), account("not-the-secret-key")).outcome());
    }
}
