package dev.vpos.gateway.stripe;

import static dev.vpos.gateway.stripe.StripeSimulatedApi.CALLBACK;
import static dev.vpos.gateway.stripe.StripeSimulatedApi.callback;
import static dev.vpos.gateway.stripe.StripeSimulatedApi.order;
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
import dev.vpos.gateway.domain.InboundNotification;
import dev.vpos.gateway.domain.NotificationKind;
import dev.vpos.gateway.domain.NotificationVerdict;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsFinish;
import dev.vpos.gateway.domain.ThreeDsRequest;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.domain.ThreeDsStart;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Stripe adapter through the real CXF transport against the simulator's Stripe behind a real HTTP server: our
 * card page, the PaymentMethod made "in the browser", the PaymentIntent our server creates and confirms, 3-D Secure
 * and Stripe's redirect back, follow-ups, status by our order id, and idempotency proven at the simulator's ledger.
 */
class StripeGatewayContractTest {

    private static final Currency TRY = Currency.getInstance("TRY");

    private final StripeSimulatedApi stripe = new StripeSimulatedApi();
    private final StripeGateway gateway = new StripeGateway(new BankHttpTransport(), Clock.systemUTC());

    @AfterEach
    void close() {
        stripe.close();
    }

    private ThreeDsStart start(String order, String amount, AuthorizationKind kind) {
        return gateway.startThreeDs(
                new ThreeDsRequest(
                        ThreeDsSale.withoutCard(order, Money.of(amount, "TRY"), 1, "127.0.0.1", null),
                        PaymentModel.THREE_D_HOST,
                        kind,
                        CALLBACK,
                        CALLBACK,
                        "en"),
                stripe.account());
    }

    /** What our card page posts to the callback once Stripe.js has made the PaymentMethod. */
    private static Map<String, String> posted(ThreeDsStart start, String paymentMethod) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = Pattern.compile("name=\"([a-z_]+)\" value=\"([^\"]*)\"").matcher(start.html());
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        fields.put("payment_method", paymentMethod);
        return fields;
    }

    private ThreeDsFinish pay(String order, String amount, String card, AuthorizationKind kind) {
        ThreeDsStart start = start(order, amount, kind);
        return gateway.finishThreeDs(
                callback(posted(start, stripe.paymentMethod(card)), order, amount, kind), stripe.account());
    }

    private List<LedgerEntry> ledger(String order) {
        return stripe.ledger.entriesOf("STRIPE", StripeSimulatedApi.ACCOUNT, order);
    }

    @Test
    void theCardPageLoadsStripeJsWithThePublishableKeyAndPostsOnlyThePaymentMethodBack() {
        ThreeDsStart start = start(order(), "150.00", AuthorizationKind.SALE);

        String html = start.html();
        assertNotNull(html);
        assertTrue(html.contains("<script src=\"" + stripe.server.uri("/stripe/js/v3/") + "\">"), html);
        assertTrue(html.contains("Stripe('" + StripeSimulatedApi.PK + "')"));
        assertTrue(html.contains("action=\"" + CALLBACK + "\""));
        assertFalse(html.contains(StripeSimulatedApi.SK), "the secret key never reaches the browser");
        assertFalse(html.matches("(?s).*<input[^>]*name=\"card.*"), "card fields are Stripe.js's, without names");
        assertTrue(stripe.requests.isEmpty(), "nothing is sent to Stripe before the payer has a PaymentMethod");
    }

    @Test
    void aPaymentIsCreatedAndConfirmedByOurServerWithAnIdempotencyKeyAndApproved() {
        String order = order();
        ThreeDsFinish finish = pay(order, "150.00", "4242424242424242", AuthorizationKind.SALE);

        assertTrue(finish.authentic());
        GatewayResult r = finish.result();
        assertEquals(GatewayOutcome.APPROVED, r.outcome(), r.toString());
        assertEquals("succeeded", r.bankCode());
        assertTrue(r.transId().startsWith("pi_"));
        assertEquals(r.transId(), r.references().get("paymentIntent"));
        assertTrue(r.hostRefNum().startsWith("ch_"));
        SimulatedBankServer.Request create = stripe.requests.stream()
                .filter(q -> q.path().equals("/stripe/v1/payment_intents"))
                .findFirst()
                .orElseThrow();
        assertEquals("vpos-" + order + "-payment-intent", create.header("Idempotency-Key"));
        assertEquals("Bearer " + StripeSimulatedApi.SK, create.header("Authorization"));
        String body = new String(create.body());
        assertTrue(body.contains("amount=15000&currency=try"), body);
        assertTrue(body.contains("confirm=true") && body.contains("capture_method=automatic"), body);
        assertTrue(body.contains("return_url=" + StripeSimulatedApi.enc(CALLBACK.toString())), body);
        assertTrue(body.contains("metadata%5Border_id%5D=" + order), body);
        assertEquals(LedgerType.SALE, ledger(order).get(0).type());
        assertTrue(r.exchange().maskedRequest().contains("Idempotency-Key: vpos-" + order));
        assertFalse(r.exchange().maskedResponse().matches("(?s).*_secret_[A-Za-z0-9]{5,}.*"), "client secret masked");
    }

    @Test
    void aRetriedCallbackDoesNotChargeTwice() {
        String order = order();
        ThreeDsStart start = start(order, "150.00", AuthorizationKind.SALE);
        Map<String, String> posted = posted(start, stripe.paymentMethod("4242424242424242"));

        GatewayResult first = gateway.finishThreeDs(
                        callback(posted, order, "150.00", AuthorizationKind.SALE), stripe.account())
                .result();
        GatewayResult retried = gateway.finishThreeDs(
                        callback(posted, order, "150.00", AuthorizationKind.SALE), stripe.account())
                .result();

        assertEquals(first.transId(), retried.transId(), "the same PaymentIntent, replayed by Stripe");
        assertEquals(1, stripe.api.paymentIntentIdsOfOrder(order).size());
        assertEquals(1, ledger(order).size(), "charged once");
    }

    @Test
    void anotherCardForAnOrderAlreadyUnderWayIsRefusedWithoutChange() {
        String order = order();
        ThreeDsStart start = start(order, "150.00", AuthorizationKind.SALE);
        gateway.finishThreeDs(
                callback(
                        posted(start, stripe.paymentMethod("4000002500003155")),
                        order,
                        "150.00",
                        AuthorizationKind.SALE),
                stripe.account());

        ThreeDsFinish second = gateway.finishThreeDs(
                callback(
                        posted(start, stripe.paymentMethod("4242424242424242")),
                        order,
                        "150.00",
                        AuthorizationKind.SALE),
                stripe.account());

        assertFalse(second.authentic());
        assertTrue(second.rejection().contains("already under way"), second.rejection());
        assertTrue(ledger(order).isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "4000000000000002,generic_decline",
        "4000000000009995,insufficient_funds",
        "4000000000009987,lost_card",
        "4000000000009979,stolen_card",
        "4000000000000069,expired_card",
        "4000000000000127,incorrect_cvc",
        "4000000000000119,processing_error"
    })
    void aDeclineCarriesStripesDeclineCodeAsTheBankCode(String card, String code) {
        GatewayResult r = pay(order(), "150.00", card, AuthorizationKind.SALE).result();

        assertEquals(GatewayOutcome.DECLINED, r.outcome(), r.toString());
        assertEquals(code, r.bankCode());
        assertEquals(402, r.exchange().httpStatus());
        assertTrue(r.transId().startsWith("pi_"));
    }

    @Test
    void threeDSecureSendsThePayerToStripeAndTheRetrievedIntentSettlesOnTheReturn() {
        String order = order();
        ThreeDsFinish action = pay(order, "150.00", "4000002500003155", AuthorizationKind.SALE);
        assertTrue(action.authentic() && action.continues(), action.toString());
        assertTrue(ledger(order).isEmpty());

        URI back = stripe.authenticate(action.continueAt(), true);
        assertTrue(back.toString().startsWith(CALLBACK + "?payment_intent=pi_"), back.toString());
        ThreeDsFinish done = gateway.finishThreeDs(
                callback(StripeSimulatedApi.query(back), order, "150.00", AuthorizationKind.SALE), stripe.account());

        assertEquals(
                GatewayOutcome.APPROVED, done.result().outcome(), done.result().toString());
        assertEquals(LedgerType.SALE, ledger(order).get(0).type());
    }

    @Test
    void aFailedAuthenticationDeclinesWithStripesCode() {
        String order = order();
        ThreeDsFinish action = pay(order, "150.00", "4000000000003220", AuthorizationKind.SALE);
        URI back = stripe.authenticate(action.continueAt(), false);

        GatewayResult r = gateway.finishThreeDs(
                        callback(StripeSimulatedApi.query(back), order, "150.00", AuthorizationKind.SALE),
                        stripe.account())
                .result();
        assertEquals(GatewayOutcome.DECLINED, r.outcome());
        assertEquals("payment_intent_authentication_failure", r.bankCode());
    }

    @Test
    void theReturnIsRefusedForAnotherOrdersIntentOrATamperedReturnUrl() {
        String paidOrder = order();
        GatewayResult paid = pay(paidOrder, "150.00", "4242424242424242", AuthorizationKind.SALE)
                .result();
        String other = order();

        ThreeDsFinish foreign = gateway.finishThreeDs(
                callback(Map.of("payment_intent", paid.transId()), other, "150.00", AuthorizationKind.SALE),
                stripe.account());
        Map<String, String> tampered =
                posted(start(other, "150.00", AuthorizationKind.SALE), stripe.paymentMethod("4242424242424242"));
        tampered.put("return_url", "https://evil.example/steal");
        ThreeDsFinish redirected =
                gateway.finishThreeDs(callback(tampered, other, "150.00", AuthorizationKind.SALE), stripe.account());

        assertFalse(foreign.authentic());
        assertTrue(foreign.rejection().contains(paidOrder), foreign.rejection());
        assertFalse(redirected.authentic());
        assertTrue(stripe.api.paymentIntentIdsOfOrder(other).isEmpty());
    }

    @Test
    void anAuthorisationIsCapturedInPartAndRefundedInPartWithOwnIdempotencyKeys() {
        String order = order();
        GatewayResult auth = pay(order, "150.00", "4242424242424242", AuthorizationKind.PRE_AUTH)
                .result();
        assertEquals(GatewayOutcome.APPROVED, auth.outcome());
        assertEquals("requires_capture", auth.bankCode());
        Money full = Money.of("150.00", "TRY");

        FollowUp capture = new FollowUp(order, "OP1" + order, Money.of("120.00", "TRY"), full, 1, auth.references());
        GatewayResult captured = gateway.capture(capture, stripe.account());
        GatewayResult capturedAgain = gateway.capture(capture, stripe.account());
        GatewayResult refunded = gateway.refund(
                new FollowUp(order, "OP2" + order, Money.of("20.00", "TRY"), full, 1, auth.references()),
                stripe.account());
        GatewayResult voided = gateway.voidTransaction(
                new FollowUp(order, "OP3" + order, Money.of("100.00", "TRY"), full, 1, auth.references()),
                stripe.account());

        assertEquals(GatewayOutcome.APPROVED, captured.outcome(), captured.toString());
        assertEquals(
                captured.exchange().maskedResponse(), capturedAgain.exchange().maskedResponse(), "replayed");
        assertEquals(GatewayOutcome.APPROVED, refunded.outcome(), refunded.toString());
        assertTrue(refunded.transId().startsWith("re_"));
        assertEquals(GatewayOutcome.DECLINED, voided.outcome(), "Stripe cannot cancel a captured payment");
        assertEquals("payment_intent_unexpected_state", voided.bankCode());
        assertEquals(
                List.of(LedgerType.REFUND, LedgerType.POST_AUTH, LedgerType.PRE_AUTH),
                ledger(order).stream().map(LedgerEntry::type).toList());
        assertEquals(new BigDecimal("120.00"), ledger(order).get(1).amount());
    }

    @Test
    void anAuthorisationIsVoidedAndAFollowUpWithoutReferencesFindsTheIntentByOrderId() {
        String order = order();
        pay(order, "150.00", "4242424242424242", AuthorizationKind.PRE_AUTH);

        GatewayResult voided = gateway.voidTransaction(
                new FollowUp(order, "OP4" + order, Money.of("150.00", "TRY"), Money.of("150.00", "TRY"), 1, Map.of()),
                stripe.account());

        assertEquals(GatewayOutcome.APPROVED, voided.outcome(), voided.toString());
        assertEquals("canceled", voided.bankCode());
        assertEquals(LedgerType.VOID, ledger(order).get(0).type());
    }

    @Test
    void historyShowsTheSaleAndEachRefundWithItsOperationId() {
        String order = order();
        GatewayResult sale =
                pay(order, "150.00", "4242424242424242", AuthorizationKind.SALE).result();
        Money full = Money.of("150.00", "TRY");
        gateway.refund(
                new FollowUp(order, "OP1" + order, Money.of("20.00", "TRY"), full, 1, sale.references()),
                stripe.account());
        gateway.refund(
                new FollowUp(order, "OP2" + order, Money.of("30.50", "TRY"), full, 1, sale.references()),
                stripe.account());

        OrderHistory byReference = gateway.history(
                new HistoryInquiry(order, TRY, AuthorizationKind.SALE, List.of(), sale.references()), stripe.account());
        OrderHistory byOrderId = gateway.history(HistoryInquiry.of(order, TRY), stripe.account());

        for (OrderHistory h : List.of(byReference, byOrderId)) {
            assertTrue(h.answered() && h.itemized(), h.exchange().failure());
            assertEquals(
                    List.of(HistoryKind.SALE, HistoryKind.REFUND, HistoryKind.REFUND),
                    h.lines().stream().map(OrderHistory.Line::kind).toList());
            assertEquals(full, h.lines().get(0).amount());
            assertEquals(sale.transId(), h.lines().get(0).transId());
            assertEquals(Money.of("20.00", "TRY"), h.lines().get(1).amount());
            assertEquals("OP1" + order, h.lines().get(1).operationId());
            assertEquals(Money.of("30.50", "TRY"), h.lines().get(2).amount());
            assertEquals("OP2" + order, h.lines().get(2).operationId());
            assertTrue(h.lines().stream().allMatch(OrderHistory.Line::approved));
            assertTrue(h.lines().get(2).transId().startsWith("re_"));
        }
    }

    @Test
    void historyShowsAVoidedAuthorisationAndACapture() {
        String voided = order();
        pay(voided, "150.00", "4242424242424242", AuthorizationKind.PRE_AUTH);
        gateway.voidTransaction(
                new FollowUp(voided, "OP4" + voided, Money.of("150.00", "TRY"), Money.of("150.00", "TRY"), 1, Map.of()),
                stripe.account());
        String captured = order();
        GatewayResult auth = pay(captured, "150.00", "4242424242424242", AuthorizationKind.PRE_AUTH)
                .result();
        gateway.capture(
                new FollowUp(
                        captured,
                        "OP5" + captured,
                        Money.of("99.99", "TRY"),
                        Money.of("150.00", "TRY"),
                        1,
                        auth.references()),
                stripe.account());

        OrderHistory v = gateway.history(HistoryInquiry.of(voided, TRY), stripe.account());
        OrderHistory c = gateway.history(HistoryInquiry.of(captured, TRY), stripe.account());

        assertEquals(
                List.of(HistoryKind.PRE_AUTH, HistoryKind.VOID),
                v.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(Money.of("150.00", "TRY"), v.lines().get(1).amount());
        assertEquals(
                List.of(HistoryKind.PRE_AUTH, HistoryKind.CAPTURE),
                c.lines().stream().map(OrderHistory.Line::kind).toList());
        assertEquals(Money.of("99.99", "TRY"), c.lines().get(1).amount());
    }

    @Test
    void historyOfADeclinedOrUnknownOrder() {
        String declined = order();
        pay(declined, "150.00", "4000000000009995", AuthorizationKind.SALE);

        OrderHistory d = gateway.history(HistoryInquiry.of(declined, TRY), stripe.account());
        OrderHistory none = gateway.history(HistoryInquiry.of(order(), TRY), stripe.account());

        assertEquals(1, d.lines().size());
        assertEquals(GatewayOutcome.DECLINED, d.lines().get(0).outcome());
        assertEquals("insufficient_funds", d.lines().get(0).bankCode());
        assertTrue(none.answered() && none.lines().isEmpty());
    }

    @Test
    void theStatusOfAnOrderIsFoundByItsOrderId() {
        String approved = order();
        String declined = order();
        pay(approved, "150.00", "4242424242424242", AuthorizationKind.SALE);
        pay(declined, "150.00", "4000000000009995", AuthorizationKind.SALE);

        assertEquals(
                GatewayOutcome.APPROVED,
                gateway.status(approved, stripe.account()).outcome());
        GatewayResult d = gateway.status(declined, stripe.account());
        assertEquals(GatewayOutcome.DECLINED, d.outcome());
        assertEquals("insufficient_funds", d.bankCode());
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.status(order(), stripe.account()).outcome());
    }

    @Test
    void aProcessingPaymentIsUnknownUntilStripeFinishesIt() throws InterruptedException {
        String order = order();
        GatewayResult r = pay(order, "8888.88", "4242424242424242", AuthorizationKind.SALE)
                .result();
        assertEquals(GatewayOutcome.UNKNOWN, r.outcome());

        GatewayOutcome later = GatewayOutcome.UNKNOWN;
        for (int i = 0; i < 50 && later == GatewayOutcome.UNKNOWN; i++) {
            Thread.sleep(50);
            later = gateway.status(order, stripe.account()).outcome();
        }
        assertEquals(GatewayOutcome.APPROVED, later);
    }

    @Test
    void aServerErrorOrATimeoutIsUnknownAndAnUnreachableStripeNotSent() {
        assertEquals(
                GatewayOutcome.UNKNOWN,
                pay(order(), "9999.99", "4242424242424242", AuthorizationKind.SALE)
                        .result()
                        .outcome());

        String slow = order();
        ThreeDsStart start = start(slow, "7777.77", AuthorizationKind.SALE);
        GatewayResult timedOut = gateway.finishThreeDs(
                        callback(
                                posted(start, stripe.paymentMethod("4242424242424242")),
                                slow,
                                "7777.77",
                                AuthorizationKind.SALE),
                        stripe.account(StripeSimulatedApi.SK, Duration.ofSeconds(1)))
                .result();
        assertEquals(GatewayOutcome.UNKNOWN, timedOut.outcome(), timedOut.toString());
        assertEquals(1, ledger(slow).size(), "Stripe did charge: only the answer was lost");
        assertEquals(
                GatewayOutcome.APPROVED, gateway.status(slow, stripe.account()).outcome());

        String order = order();
        FollowUp refund = new FollowUp(
                order,
                "OP5" + order,
                Money.of("1.00", "TRY"),
                Money.of("1.00", "TRY"),
                1,
                Map.of("paymentIntent", "pi_Nowhere"));
        GatewayAccount nowhere = new GatewayAccount(
                7,
                1,
                GatewayFamily.STRIPE,
                URI.create("http://127.0.0.1:9/stripe"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                stripe.account().credentials());
        assertEquals(GatewayOutcome.NOT_SENT, gateway.refund(refund, nowhere).outcome());
    }

    @Test
    void testConnectionTellsAnAcceptedKeyFromARefusedOne() {
        ConnectionCheck ok = gateway.testConnection(stripe.account());
        ConnectionCheck refused =
                gateway.testConnection(stripe.account("sk_test_51NotTheRightKey0000", Duration.ofSeconds(5)));

        assertTrue(ok.reachable() && ok.credentialsAccepted(), ok.toString());
        assertTrue(refused.reachable());
        assertFalse(refused.credentialsAccepted());
        assertEquals("http_401", refused.bankCode());
        assertFalse(refused.exchange().maskedRequest().contains("sk_test"), "the key is a header, never logged");
    }

    @Test
    void theSimulatorsSignedWebhooksAreAuthenticToTheAdapterAndCarryTheOrder() throws InterruptedException {
        stripe.api
                .webhooks()
                .addEndpoint(
                        StripeSimulatedApi.ACCOUNT,
                        "http://erp.test/vpos/notify/7",
                        StripeSimulatedApi.WHSEC,
                        List.of("payment_intent.succeeded"));
        String order = order();
        pay(order, "150.00", "4242424242424242", AuthorizationKind.SALE);
        for (int i = 0; i < 100 && stripe.deliveries.isEmpty(); i++) {
            Thread.sleep(10);
        }

        StripeSimulatedApi.Delivery d = stripe.deliveries.get(0);
        Map<String, List<String>> headers = new HashMap<>();
        d.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.of(v)));
        NotificationVerdict verdict = gateway.readNotification(
                new InboundNotification(headers, d.body(), "application/json", List.of(), Instant.now()),
                stripe.account());
        assertTrue(verdict.authentic(), verdict.rejection());
        assertEquals(order, verdict.bankOrderId());
        assertEquals(NotificationKind.PAYMENT_APPROVED, verdict.kind());
    }
}
