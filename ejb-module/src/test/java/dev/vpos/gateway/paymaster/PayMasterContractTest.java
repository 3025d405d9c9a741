package dev.vpos.gateway.paymaster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.ExpectedPayments;
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
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.paymaster.PayMasterMerchants;
import dev.vpos.simulator.paymaster.PayMasterReply;
import dev.vpos.simulator.paymaster.PayMasterSite;
import java.math.BigDecimal;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PayMaster adapter through the real CXF transport against the simulated PayMaster on a local HTTP server: the
 * signed payment form, the Invoice Confirmation answered by the adapter (through an inbox on the same server), the
 * payment notification signed with LMI_HASH, the unsigned return settled by the REST API, refunds.
 */
class PayMasterContractTest {

    private static final Currency RUB = Currency.getInstance("RUB");

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Map<String, String[]> SITES = Map.of(
            "SHA256",
                    new String[] {
                        "a1b2c3d4-0000-4000-8000-000000000256", "pm-test-secret-256", "test-api-256", "pm-test-api-256"
                    },
            "MD5",
                    new String[] {
                        "a1b2c3d4-0000-4000-8000-000000000005", "pm-test-secret-md5", "test-api-md5", "pm-test-api-md5"
                    },
            "SHA1",
                    new String[] {
                        "a1b2c3d4-0000-4000-8000-000000000001",
                        "pm-test-secret-sha1",
                        "test-api-sha1",
                        "pm-test-api-sha1"
                    });

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final Ledger ledger = new Ledger();
    private final NotificationDelivery deliveries =
            new NotificationDelivery(executor, HttpClient.newHttpClient(), Clock.systemUTC(), Duration.ofMillis(50), 4);
    private final PayMasterSite site = new PayMasterSite(
            PayMasterMerchants.fromClasspath(),
            ledger,
            deliveries,
            executor,
            HttpClient.newHttpClient(),
            Clock.systemUTC(),
            Duration.ofMillis(2000));
    private final SimulatedBankServer server = new SimulatedBankServer();
    private final Map<String, ExpectedPayments.Expected> expected = new ConcurrentHashMap<>();
    private final PayMasterGateway gateway = new PayMasterGateway(
            new BankHttpTransport(), (definitionId, order) -> Optional.ofNullable(expected.get(order)));
    private final String base = server.uri("").toString();
    private final List<NotificationVerdict> verdicts = new CopyOnWriteArrayList<>();
    private String algorithm = "SHA256";

    PayMasterContractTest() {
        server.on(PayMasterSite.INIT_PATH, r -> reply(site.init(FormParameters.firstValues(r.query(), r.body()), base)))
                .on(PayMasterSite.PAY_PATH, r -> reply(site.pay(FormParameters.firstValues(null, r.body()), base)))
                .onPrefix(
                        PayMasterSite.API_PREFIX + "/",
                        r -> reply(site.api()
                                .handle(r.path().substring(PayMasterSite.API_PREFIX.length() + 1), r.query())))
                .on("/notify", r -> {
                    NotificationVerdict v = gateway.readNotification(HostedFlow.notification(r), account());
                    verdicts.add(v);
                    return Reply.of(
                            v.acknowledgement().status(),
                            v.acknowledgement().contentType(),
                            v.acknowledgement().body().getBytes(StandardCharsets.UTF_8));
                });
    }

    @AfterEach
    void stop() {
        server.close();
        executor.shutdownNow();
    }

    private static Reply reply(PayMasterReply r) {
        return Reply.of(r.status(), r.contentType(), r.bytes());
    }

    private GatewayAccount account() {
        return account(SITES.get(algorithm)[3]);
    }

    private GatewayAccount account(String apiPassword) {
        String[] s = SITES.get(algorithm);
        return new GatewayAccount(
                8,
                1,
                GatewayFamily.PAYMASTER,
                server.uri(PayMasterSite.INIT_PATH),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Map.of(
                        "merchantId",
                        s[0],
                        "secretKey",
                        s[1],
                        "hashAlgorithm",
                        algorithm,
                        "apiLogin",
                        s[2],
                        "apiPassword",
                        apiPassword),
                false);
    }

    private static String orderId() {
        return String.format("VP2603%014d", System.nanoTime() % 100_000_000_000_000L + SEQ.incrementAndGet());
    }

    private static ThreeDsSale sale(String order, String amount) {
        return ThreeDsSale.withoutCard(order, Money.of(amount, "RUB"), 1, "10.1.2.3", "payer@example.com");
    }

    /** Our form to /Payment/Init (as the payer's browser posts it) → PayMaster's card page; our collection awaits. */
    private String cardPage(String order, String amount, Map<String, String> changes) {
        expected.putIfAbsent(order, new ExpectedPayments.Expected(order, Money.of(amount, "RUB"), true));
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale(order, amount),
                        PaymentModel.THREE_D_HOST,
                        AuthorizationKind.SALE,
                        URI.create(base + "/callback/" + order),
                        URI.create(base + "/callback/" + order),
                        "en",
                        URI.create(base + "/notify"),
                        null),
                account());
        assertFalse(start.isFailure());
        assertEquals(base + PayMasterSite.INIT_PATH, start.action().toString());
        assertEquals("0", start.fields().get("LMI_SIM_MODE"), "a TEST definition pays in simulation mode");
        assertEquals(order, start.fields().get("LMI_PAYMENT_NO"));
        assertFalse(start.exchange().maskedRequest().contains(start.fields().get("SIGN")));
        Map<String, String> form = new HashMap<>(start.fields());
        form.putAll(changes);
        PayMasterReply page = site.init(form, base);
        assertEquals(200, page.status(), page.body());
        return page.body();
    }

    /** Pays on PayMaster's page; the answer is the page that sends the payer back to our callback. */
    private HostedFlow.Form pay(String cardPage, String pan, String holder) {
        HostedFlow.Form f = HostedFlow.firstForm(cardPage);
        Map<String, String> form = new HashMap<>(f.fields());
        form.put("holder", holder);
        form.put("cardNumber", pan);
        form.put("expiry", "12/30");
        form.put("cvv", "123");
        PayMasterReply back = site.pay(form, base);
        assertEquals(200, back.status(), back.body());
        return HostedFlow.firstForm(back.body());
    }

    private ThreeDsFinish back(HostedFlow.Form back, String order, String amount) {
        assertEquals(base + "/callback/" + order, back.action());
        assertEquals("post", back.method());
        return gateway.finishThreeDs(
                new ThreeDsCallback(
                        back.fields(), sale(order, amount), PaymentModel.THREE_D_HOST, AuthorizationKind.SALE),
                account());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SHA256", "MD5", "SHA1"})
    void aConfirmedPaymentIsNotifiedWithAVerifiedHashAndApprovedOnReturn(String alg) {
        algorithm = alg;
        String order = orderId();
        HostedFlow.Form back = pay(cardPage(order, "150.00", Map.of()), "4111111111111111", "Ivan Petrov");

        NotificationVerdict pre = verdicts.get(0);
        assertTrue(pre.authentic(), pre.rejection());
        assertEquals("YES", pre.acknowledgement().body(), "the pre-request was confirmed");

        ThreeDsFinish finish = back(back, order, "150.00");
        assertTrue(finish.authentic(), finish.rejection());
        GatewayResult r = finish.result();
        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.exchange().failure());
        assertEquals("COMPLETE", r.bankCode());
        String paymentId = back.fields().get("LMI_SYS_PAYMENT_ID");
        assertEquals(paymentId, r.references().get("paymentId"));

        HostedFlow.await(
                () -> deliveries.deliveries(Optional.of(order)).stream().anyMatch(d -> "DELIVERED".equals(d.state())),
                5000,
                "the payment notification acknowledged");
        NotificationVerdict paid = verdicts.get(1);
        assertTrue(paid.authentic(), paid.rejection());
        assertEquals(NotificationKind.PAYMENT_APPROVED, paid.kind());
        assertEquals(paymentId, paid.eventId());
        assertEquals(order, paid.bankOrderId());
        assertEquals(Money.of("150.00", "RUB"), paid.amount());
        assertEquals(
                LedgerType.SALE,
                ledger.entriesOf(PayMasterSite.FAMILY, SITES.get(alg)[0], order)
                        .get(0)
                        .type());
    }

    @Test
    void thePreRequestRefusesAnOrderWeDoNotExpectOrForAnotherAmountAndNothingIsPaid() {
        String unknown = orderId();
        cardPage(unknown, "150.00", Map.of());
        expected.remove(unknown);
        String page = site.pay(cardForm(cardPageAgain(unknown)), base).body();
        assertTrue(page.contains("The shop did not") && page.contains("NO: unknown order " + unknown), page);
        HostedFlow.Form back = HostedFlow.firstForm(page);
        ThreeDsFinish finish = back(back, unknown, "150.00");
        assertEquals(GatewayOutcome.DECLINED, finish.result().outcome());
        assertEquals("CANCELLED", finish.result().bankCode());
        assertTrue(deliveries.deliveries(Optional.of(unknown)).isEmpty(), "no payment, no notification");

        String order = orderId();
        expected.put(order, new ExpectedPayments.Expected(order, Money.of("150.01", "RUB"), true));
        String refused =
                site.pay(cardForm(cardPage(order, "150.00", Map.of())), base).body();
        assertTrue(refused.contains("NO: order " + order + " is for 150.01 RUB"), refused);
    }

    private String cardPageAgain(String order) {
        // the form again, without our collection behind it
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale(order, "150.00"),
                        PaymentModel.THREE_D_HOST,
                        AuthorizationKind.SALE,
                        URI.create(base + "/callback/" + order),
                        URI.create(base + "/callback/" + order),
                        "en",
                        URI.create(base + "/notify"),
                        null),
                account());
        return site.init(start.fields(), base).body();
    }

    private static Map<String, String> cardForm(String cardPage) {
        Map<String, String> form = new HashMap<>(HostedFlow.firstForm(cardPage).fields());
        form.put("holder", "Ivan Petrov");
        form.put("cardNumber", "4111111111111111");
        form.put("expiry", "12/30");
        form.put("cvv", "123");
        return form;
    }

    @Test
    void simulationModeOneFailsThePaymentAndADeclinedCardToo() {
        String forcedFailure = orderId();
        HostedFlow.Form failed =
                pay(cardPage(forcedFailure, "150.00", Map.of("LMI_SIM_MODE", "1")), "4111111111111111", "X Y");
        assertEquals(
                GatewayOutcome.DECLINED,
                back(failed, forcedFailure, "150.00").result().outcome());

        String declined = orderId();
        HostedFlow.Form insufficient = pay(cardPage(declined, "150.00", Map.of()), "4546711234567894", "X Y");
        assertEquals(
                GatewayOutcome.DECLINED,
                back(insufficient, declined, "150.00").result().outcome());
        assertEquals(
                "51",
                ledger.entriesOf(PayMasterSite.FAMILY, SITES.get("SHA256")[0], declined)
                        .get(0)
                        .resultCode());
    }

    @Test
    void aPaymentInProcessingIsUnknownOnReturnThenNotifiedAndApproved() {
        String order = orderId();
        ThreeDsFinish finish =
                back(pay(cardPage(order, "150.00", Map.of()), "4111111111111111", "Pending Review"), order, "150.00");
        assertEquals(GatewayOutcome.UNKNOWN, finish.result().outcome());
        HostedFlow.await(
                () -> verdicts.stream().anyMatch(v -> v.kind() == NotificationKind.PAYMENT_APPROVED),
                10000,
                "the notification after processing");
        assertEquals(GatewayOutcome.APPROVED, gateway.status(order, account()).outcome());
    }

    @Test
    void aFormWithAChangedAmountIsRefusedByItsSign() {
        String order = orderId();
        expected.put(order, new ExpectedPayments.Expected(order, Money.of("150.00", "RUB"), true));
        ThreeDsStart start = gateway.startThreeDs(
                new ThreeDsRequest(
                        sale(order, "150.00"),
                        PaymentModel.THREE_D_HOST,
                        AuthorizationKind.SALE,
                        URI.create(base + "/callback/" + order),
                        URI.create(base + "/callback/" + order),
                        "en",
                        URI.create(base + "/notify"),
                        null),
                account());
        Map<String, String> form = new HashMap<>(start.fields());
        form.put("LMI_PAYMENT_AMOUNT", "1.50");
        PayMasterReply refused = site.init(form, base);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Invalid signature"));
    }

    @Test
    void aReturnForAnotherOrderOrMerchantIsRejected() {
        String order = orderId();
        HostedFlow.Form back = pay(cardPage(order, "150.00", Map.of()), "4111111111111111", "Ivan Petrov");
        ThreeDsFinish other = gateway.finishThreeDs(
                new ThreeDsCallback(
                        back.fields(), sale(orderId(), "150.00"), PaymentModel.THREE_D_HOST, AuthorizationKind.SALE),
                account());
        assertFalse(other.authentic());
        Map<String, String> foreign = new HashMap<>(back.fields());
        foreign.put("LMI_MERCHANT_ID", "someone-else");
        assertFalse(gateway.finishThreeDs(
                        new ThreeDsCallback(
                                foreign, sale(order, "150.00"), PaymentModel.THREE_D_HOST, AuthorizationKind.SALE),
                        account())
                .authentic());
    }

    @Test
    void partialRefundsThenTheRestThenNoMore() {
        String order = orderId();
        GatewayResult sale = back(
                        pay(cardPage(order, "150.00", Map.of()), "4111111111111111", "Ivan Petrov"), order, "150.00")
                .result();
        GatewayResult part = gateway.refund(
                new FollowUp(order, "R1", Money.of("50.00", "RUB"), Money.of("150.00", "RUB"), 1, sale.references()),
                account());
        assertEquals(GatewayOutcome.APPROVED, part.outcome(), part.exchange().failure());
        GatewayResult rest = gateway.refund(
                new FollowUp(order, "R2", Money.of("100.00", "RUB"), Money.of("150.00", "RUB"), 1, Map.of()),
                account());
        assertEquals(GatewayOutcome.APPROVED, rest.outcome(), "found by the status call when the references are empty");
        GatewayResult tooMuch = gateway.refund(
                new FollowUp(order, "R3", Money.of("0.01", "RUB"), Money.of("150.00", "RUB"), 1, sale.references()),
                account());
        assertEquals(GatewayOutcome.DECLINED, tooMuch.outcome());
        assertEquals("-18", tooMuch.bankCode());
        BigDecimal refunded = ledger.entriesOf(PayMasterSite.FAMILY, SITES.get("SHA256")[0], order).stream()
                .filter(e -> e.type() == LedgerType.REFUND)
                .map(e -> e.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, refunded.compareTo(new BigDecimal("150.00")));
    }

    @Test
    void historyShowsThePaymentAndEachRefundWithOurOperationId() {
        String order = orderId();
        GatewayResult sale = back(
                        pay(cardPage(order, "150.00", Map.of()), "4111111111111111", "Ivan Petrov"), order, "150.00")
                .result();
        Money full = Money.of("150.00", "RUB");
        gateway.refund(new FollowUp(order, "OP-R1", Money.of("50.00", "RUB"), full, 1, sale.references()), account());
        gateway.refund(new FollowUp(order, "OP-R2", Money.of("20.25", "RUB"), full, 1, sale.references()), account());

        OrderHistory h = gateway.history(HistoryInquiry.of(order, RUB), account());

        assertTrue(h.answered() && h.itemized(), h.exchange().failure());
        assertEquals(
                List.of(HistoryKind.SALE, HistoryKind.REFUND, HistoryKind.REFUND),
                h.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(full, h.lines().get(0).amount());
        assertEquals(sale.transId(), h.lines().get(0).transId());
        assertEquals(Money.of("50.00", "RUB"), h.lines().get(1).amount());
        assertEquals("OP-R1", h.lines().get(1).operationId());
        assertEquals(Money.of("20.25", "RUB"), h.lines().get(2).amount());
        assertEquals("OP-R2", h.lines().get(2).operationId());
        assertTrue(h.lines().stream().allMatch(OrderHistory.Line::approved));
        assertNotNull(h.lines().get(2).at());
        assertNotEquals(h.lines().get(1).transId(), h.lines().get(2).transId(), "each refund its own id");
    }

    @Test
    void historyOfAFailedOrUnknownPaymentAndWithAWrongApiPassword() {
        String failed = orderId();
        back(pay(cardPage(failed, "150.00", Map.of("LMI_SIM_MODE", "1")), "4111111111111111", "X Y"), failed, "150.00");

        OrderHistory f = gateway.history(HistoryInquiry.of(failed, RUB), account());
        OrderHistory none = gateway.history(HistoryInquiry.of(orderId(), RUB), account());
        OrderHistory refused = gateway.history(HistoryInquiry.of(failed, RUB), account("wrong"));

        assertEquals(1, f.lines().size());
        assertEquals(GatewayOutcome.DECLINED, f.lines().get(0).outcome());
        assertTrue(none.answered() && none.lines().isEmpty());
        assertFalse(refused.answered());
    }

    @Test
    void statusOfAnUnknownOrderIsNotSentAndTheConnectionTestChecksTheApiPassword() {
        assertEquals(
                GatewayOutcome.NOT_SENT, gateway.status(orderId(), account()).outcome());
        ConnectionCheck ok = gateway.testConnection(account());
        assertTrue(ok.reachable() && ok.credentialsAccepted(), ok.detail());
        ConnectionCheck wrong = gateway.testConnection(account("wrong-password"));
        assertTrue(wrong.reachable());
        assertFalse(wrong.credentialsAccepted());
        assertEquals("-7", wrong.bankCode());
        assertFalse(wrong.exchange().maskedRequest().contains("wrong-password"));
    }

    @Test
    void aWithheldNotificationLeavesTheReturnAndTheStatusCallToSettle() {
        String order = orderId();
        deliveries.withhold(order, true);
        ThreeDsFinish finish =
                back(pay(cardPage(order, "150.00", Map.of()), "4111111111111111", "Ivan Petrov"), order, "150.00");
        assertEquals(GatewayOutcome.APPROVED, finish.result().outcome());
        assertEquals(
                "WITHHELD", deliveries.deliveries(Optional.of(order)).get(0).state());
        assertEquals(1, verdicts.size(), "only the pre-request reached us");
    }
}
