package dev.vpos.it;

import static dev.vpos.it.StripePayer.RETURN_URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stripe end to end on the test server, with the demo company's Stripe definition (STRIPE-DEMO) and the simulated
 * Stripe: the hosted page's method choice → our card page (Stripe.js: the card goes to Stripe, only the PaymentMethod
 * comes to us) → our server creates and confirms the PaymentIntent → (3-D Secure at Stripe) → the portal; Stripe's
 * signed webhooks reach the inbox, settle what the payer's return did not, and change nothing twice; the janitor settles
 * what a withheld webhook left unknown; a forged or stale webhook is refused and changes nothing.
 */
class StripeCheckoutIT {

    private static long company;
    private static long account;
    private static long stripe;

    @BeforeAll
    static void demoStripe() throws InterruptedException {
        company = Sales.demoCompanyId();
        account = Sales.firstCustomerAccountId(company);
        stripe = StripePayer.demoStripeDefinition(company);
        StripePayer.awaitWebhookEndpoint(stripe);
    }

    private static String referenceOf(String session) {
        return StripePayer.checkout(session).getString("collectionReference");
    }

    private static String openDocuments() {
        return TestServer.get(
                        TestServer.API + "/companies/" + company + "/customer-accounts/" + account + "/open-documents",
                        "collector")
                .body();
    }

    private static int batchRecords(String bankOrderId) {
        return TestServer.get(TestServer.API + "/batches?q=" + bankOrderId, "finance")
                .json()
                .getJsonArray("items")
                .size();
    }

    /** Our stored notifications of an order, once {@code count} of them have been processed. */
    private static JsonArray awaitNotifications(String order, int count) throws InterruptedException {
        JsonArray found = StripePayer.notifications(stripe, order);
        for (int i = 0;
                i < 80
                        && (found.size() < count
                                || found.stream()
                                        .map(v -> (JsonObject) v)
                                        .anyMatch(n -> "RECEIVED".equals(n.getString("status"))));
                i++) {
            Thread.sleep(250);
            found = StripePayer.notifications(stripe, order);
        }
        assertTrue(found.size() >= count, found.toString());
        return found;
    }

    private static List<String> statusesOf(JsonArray notifications, String kind) {
        return notifications.stream()
                .map(v -> (JsonObject) v)
                .filter(n -> kind.equals(n.getString("kind", "")))
                .map(n -> n.getString("status"))
                .collect(Collectors.toList());
    }

    private static String eventOf(String order, String type) {
        return StripePayer.controlList("/events?orderId=" + order).stream()
                .map(v -> (JsonObject) v)
                .filter(e -> type.equals(e.getString("type")))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    @Test
    void anOrderPaidWithStripeIsPaidOnceWhateverTheWebhooksSay() throws InterruptedException {
        String session = StripePayer.session(company, account, "ORDER", "ORD-2026-0401", "200.00");
        StripePayer.CardPage page = StripePayer.cardPage(session, stripe);
        assertFalse(page.html().contains("sk_test_"), "the secret key never reaches the browser");
        assertFalse(page.html().matches("(?s).*<input[^>]*name=\"card.*"), "no card field is ever posted to us");

        TestServer.Reply back = StripePayer.pay(page, "4242424242424242");

        assertEquals(302, back.status(), back.toString());
        assertTrue(back.location().startsWith(RETURN_URL + "?session=" + session + "&status=PAID"), back.location());
        JsonObject c = StripePayer.collection(referenceOf(session));
        assertEquals("APPROVED", c.getString("state"));
        assertEquals(stripe, c.getJsonNumber("definitionId").longValue());
        assertEquals("succeeded", c.getString("bankCode"));
        assertTrue(c.getString("transId").startsWith("pi_"), c.toString());
        assertFalse(openDocuments().contains("ORD-2026-0401"), "the order is paid");
        String order = c.getString("bankOrderId");

        // Stripe's payment_intent.succeeded reaches the inbox and is acknowledged; whichever of it and our own confirm
        // settled the payment first, it is settled once
        JsonArray received = awaitNotifications(order, 1);
        List<String> approvals = statusesOf(received, "PAYMENT_APPROVED");
        assertEquals(1, approvals.size(), received.toString());
        assertTrue(List.of("NO_CHANGE", "APPLIED").contains(approvals.get(0)), received.toString());
        assertEquals(1, batchRecords(order));
        JsonObject delivery = StripePayer.webhookDeliveries(order).stream()
                .map(v -> (JsonObject) v)
                .filter(d -> d.getString("event").equals("payment_intent.succeeded"))
                .findFirst()
                .orElseThrow();
        assertEquals("DELIVERED", delivery.getString("state"));
        assertEquals(200, delivery.getInt("lastStatus"));

        // a resend of the same event is a duplicate: nothing changes
        String event = eventOf(order, "payment_intent.succeeded");
        assertEquals(
                202,
                StripePayer.notificationControl("/resend", "{\"eventId\":\"" + event + "\"}")
                        .status());
        JsonArray after = awaitNotifications(order, received.size() + 1);
        assertTrue(statusesOf(after, "PAYMENT_APPROVED").contains("DUPLICATE"), after.toString());
        assertEquals(1, batchRecords(order));

        // a partial refund through our API; Stripe's charge.refunded that follows refunds nothing more
        TestServer.Reply refund = TestServer.postJson(
                TestServer.API + "/collections/" + c.getString("reference") + "/refund",
                "finance",
                "{\"amount\":\"50.00\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(200, refund.status(), refund.toString());
        assertEquals(
                "PARTIALLY_REFUNDED", refund.json().getJsonObject("collection").getString("state"));
        JsonArray refunds = awaitNotifications(order, after.size() + 1);
        List<String> refunded = statusesOf(refunds, "REFUNDED");
        assertEquals(1, refunded.size(), refunds.toString());
        // our own refund was recorded first (or was still in flight): the notification adds nothing (or waits)
        assertTrue(List.of("NO_CHANGE", "DEFERRED").contains(refunded.get(0)), refunds.toString());
        assertEquals(
                "50.00",
                StripePayer.collection(c.getString("reference"))
                        .getJsonNumber("refundedAmount")
                        .bigDecimalValue()
                        .setScale(2)
                        .toPlainString());
        assertEquals(
                1,
                TestServer.get(TestServer.API + "/collections/" + c.getString("reference") + "/operations", "finance")
                                .body()
                                .split("\"kind\":\"REFUND\"")
                                .length
                        - 1,
                "one refund in our books");
        // Stripe's PaymentIntent and its refunds: the sale and the one refund, with our operation id
        JsonObject report = BankReports.of(c.getString("reference"));
        assertTrue(report.getBoolean("historyAnswered"), report.toString());
        assertEquals("50.00", BankReports.approvedSum(report, "REFUND"), report.toString());
    }

    @Test
    void threeDSecureAtStripeAndTheWebhookPaysTheOrderBeforeThePayerIsBack() throws InterruptedException {
        String session = StripePayer.session(company, account, "ORDER", "ORD-2026-0402", "200.00");
        TestServer.Reply toStripe = StripePayer.pay(StripePayer.cardPage(session, stripe), "4000002500003155");
        assertEquals(302, toStripe.status(), toStripe.toString());
        assertTrue(
                toStripe.location().startsWith(TestServer.SIMULATOR + "/stripe/3ds/authenticate/pi_"),
                toStripe.location());
        String reference = referenceOf(session);
        assertEquals("PENDING_3DS", StripePayer.collection(reference).getString("state"));

        URI comeBack = StripePayer.authenticate(toStripe.location(), true);
        assertTrue(comeBack.toString().startsWith(TestServer.BASE + "/vpos/3ds/callback/"), comeBack.toString());
        assertTrue(comeBack.getQuery().contains("payment_intent=pi_"), comeBack.toString());

        // the payer has not come back yet: Stripe's webhook settles the payment
        JsonObject c = StripePayer.awaitState(reference, "APPROVED");
        assertEquals(
                List.of("APPLIED"), statusesOf(awaitNotifications(c.getString("bankOrderId"), 1), "PAYMENT_APPROVED"));
        assertFalse(openDocuments().contains("ORD-2026-0402"));

        // the payer's late return (Stripe's redirect, a GET) shows the paid session and changes nothing
        TestServer.Reply late = StripePayer.follow(comeBack);
        assertEquals(302, late.status(), late.toString());
        assertTrue(late.location().startsWith(RETURN_URL + "?session=" + session + "&status=PAID"), late.location());
        assertEquals(1, batchRecords(c.getString("bankOrderId")));
    }

    @Test
    void aFailedAuthenticationDeclinesAndTheReturnSaysSo() {
        String session = StripePayer.session(company, account, "BALANCE", "ACCOUNT " + UUID.randomUUID(), "150.00");
        TestServer.Reply toStripe = StripePayer.pay(StripePayer.cardPage(session, stripe), "4000000000003220");
        URI comeBack = StripePayer.authenticate(toStripe.location(), false);

        TestServer.Reply back = StripePayer.follow(comeBack);

        assertEquals(302, back.status(), back.toString());
        assertTrue(
                back.location().contains("status=OPEN") && back.location().contains("result=DECLINED"),
                back.location());
        JsonObject c = StripePayer.collection(referenceOf(session));
        assertEquals("DECLINED", c.getString("state"));
        assertEquals("payment_intent_authentication_failure", c.getString("bankCode"));
        assertEquals("THREE_D_AUTHENTICATION_FAILED", c.getString("reason"));
    }

    @Test
    void aDeclinedCardCarriesStripesDeclineCodeAndReason() {
        String session = StripePayer.session(company, account, "BALANCE", "ACCOUNT " + UUID.randomUUID(), "150.00");

        TestServer.Reply back = StripePayer.pay(StripePayer.cardPage(session, stripe), "4000000000009995");

        assertEquals(302, back.status(), back.toString());
        assertTrue(back.location().contains("result=DECLINED"), back.location());
        JsonObject c = StripePayer.collection(referenceOf(session));
        assertEquals("insufficient_funds", c.getString("bankCode"));
        assertEquals("INSUFFICIENT_FUNDS", c.getString("reason"));
        TestServer.Reply tr = TestServer.send(
                TestServer.request(TestServer.API + "/collections/" + c.getString("reference"), "finance")
                        .header("Accept-Language", "tr")
                        .GET()
                        .build());
        assertEquals("Yetersiz bakiye", tr.json().getString("reasonMessage"), tr.body());
    }

    @Test
    void aWithheldWebhookLeavesAProcessingPaymentToTheJanitor() throws InterruptedException {
        String session = StripePayer.session(company, account, "BALANCE", "ACCOUNT " + UUID.randomUUID(), "8888.88");
        StripePayer.CardPage page = StripePayer.cardPage(session, stripe);
        String reference = referenceOf(session);
        String order = StripePayer.collection(reference).getString("bankOrderId");
        assertEquals(
                200,
                StripePayer.notificationControl("", "{\"orderId\":\"" + order + "\",\"withhold\":true}")
                        .status());

        TestServer.Reply back = StripePayer.pay(page, "4242424242424242");

        assertEquals(302, back.status(), back.toString());
        assertTrue(back.location().contains("result=UNKNOWN"), "Stripe is still processing: " + back.location());
        StripePayer.awaitState(reference, "APPROVED");
        JsonArray deliveries = StripePayer.webhookDeliveries(order);
        assertFalse(deliveries.isEmpty());
        assertTrue(
                deliveries.stream()
                        .map(v -> (JsonObject) v)
                        .allMatch(d -> d.getString("state").equals("WITHHELD")),
                "no webhook reached us: the janitor asked Stripe " + deliveries);
        assertTrue(StripePayer.notifications(stripe, order).isEmpty());

        // released late, the webhooks find the payment settled
        assertEquals(
                200,
                StripePayer.notificationControl("/release", "{\"orderId\":\"" + order + "\"}")
                        .status());
        JsonArray late = awaitNotifications(order, 2);
        assertEquals(List.of("NO_CHANGE"), statusesOf(late, "PAYMENT_APPROVED"), late.toString());
        assertEquals(List.of("NO_CHANGE"), statusesOf(late, "PAYMENT_PENDING"), late.toString());
        assertEquals(1, batchRecords(order));
    }

    @Test
    void aForgedOrStaleWebhookIsRefusedAndChangesNothingWhileAGenuineOneWould() throws Exception {
        String session = StripePayer.session(company, account, "BALANCE", "ACCOUNT " + UUID.randomUUID(), "150.00");
        StripePayer.cardPage(session, stripe);
        String reference = referenceOf(session);
        String order = StripePayer.collection(reference).getString("bankOrderId");
        String event = Json.createObjectBuilder()
                .add("id", "evt_forged" + UUID.randomUUID().toString().replace("-", ""))
                .add("object", "event")
                .add("type", "payment_intent.succeeded")
                .add("livemode", false)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "object",
                                        Json.createObjectBuilder()
                                                .add("id", "pi_forged000001")
                                                .add("object", "payment_intent")
                                                .add("amount", 15000)
                                                .add("amount_received", 15000)
                                                .add("currency", "try")
                                                .add("status", "succeeded")
                                                .add(
                                                        "metadata",
                                                        Json.createObjectBuilder()
                                                                .add("order_id", order))))
                .build()
                .toString();
        long now = Instant.now().getEpochSecond();
        long rejectedBefore = rejected().getJsonNumber("total").longValue();

        TestServer.Reply forged = webhook(event, now, "whsec_NotTheMerchantsSecret000000");
        TestServer.Reply stale = webhook(event, now - 600, StripePayer.WEBHOOK_SECRET);

        assertEquals(400, forged.status(), forged.toString());
        assertEquals(400, stale.status(), stale.toString());
        JsonObject stored = rejected();
        assertEquals(
                rejectedBefore + 2, stored.getJsonNumber("total").longValue(), "both kept for the record: " + stored);
        List<String> why = stored.getJsonArray("items").stream()
                .limit(2)
                .map(v -> ((JsonObject) v).getString("rejection"))
                .toList();
        assertTrue(why.stream().anyMatch(r -> r.contains("no v1 signature matches")), why.toString());
        assertTrue(why.stream().anyMatch(r -> r.contains("older than 300 s")), why.toString());
        assertTrue(StripePayer.notifications(stripe, order).isEmpty(), "a refused notification names no order");
        assertEquals("PENDING_3DS", StripePayer.collection(reference).getString("state"), "nothing changed");

        // the same event signed with the definition's secret now is taken (which is why the secret must stay secret)
        TestServer.Reply genuine = webhook(event, now, StripePayer.WEBHOOK_SECRET);
        assertEquals(200, genuine.status(), genuine.toString());
        assertEquals("{\"received\":true}", genuine.body());
        StripePayer.awaitState(reference, "APPROVED");
    }

    private static JsonObject rejected() {
        return TestServer.get(
                        TestServer.API + "/provider-notifications?definitionId=" + stripe + "&status=REJECTED",
                        "finance")
                .json();
    }

    private static TestServer.Reply webhook(String body, long t, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String v1 = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        return TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.BASE + "/vpos/notify/" + stripe))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", "t=" + t + ",v1=" + v1)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
