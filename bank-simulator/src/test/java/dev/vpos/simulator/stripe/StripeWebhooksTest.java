package dev.vpos.simulator.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripeWebhooksTest {

    private static final String SECRET = "whsec_VposDemoWebhookSigningSecret000000";
    private final StripeTestApi stripe = new StripeTestApi();

    @AfterEach
    void close() {
        stripe.close();
    }

    /** HMAC-SHA256 computed here, independently of the simulator's code. */
    private static String hmac(String secret, String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> v1s(String header) {
        Matcher m = Pattern.compile("v1=([0-9a-f]{64})").matcher(header);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static JsonObject json(StripeTestApi.Received r) {
        return Json.createReader(new StringReader(r.text())).readObject();
    }

    /** The order of each received event, in arrival order. */
    private static List<String> orders(List<StripeTestApi.Received> received) {
        return received.stream()
                .map(r -> json(r).getJsonObject("data")
                        .getJsonObject("object")
                        .getJsonObject("metadata")
                        .getString("order_id"))
                .toList();
    }

    /** Waits (10 s at most) until the order's delivery is in the state. */
    private void awaitState(String orderId, String state) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        String last = null;
        while (System.nanoTime() < until) {
            List<StripeWebhooks.Delivery> ds = stripe.api.webhooks().deliveries(Optional.of(orderId));
            last = ds.isEmpty() ? "none" : ds.get(0).state();
            if (state.equals(last)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("delivery of " + orderId + " is " + last + ", not " + state);
    }

    private StripeTestApi.Received firstOfType(String type) {
        return stripe.received.stream()
                .filter(r -> json(r).getString("type").equals(type))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPaymentIsNotifiedSignedOverTimestampDotRawBody() throws Exception {
        stripe.api.webhooks().addEndpoint(StripeTestApi.ACCOUNT, "http://erp.test/vpos/notify/7", SECRET, List.of());
        stripe.payIntent("ORD-W1", stripe.paymentMethod("4242424242424242"), 15000, "automatic", null);
        stripe.awaitDeliveries(3);

        StripeTestApi.Received succeeded = firstOfType("payment_intent.succeeded");
        String header = succeeded.headers().get("Stripe-Signature");
        long t = StripeTestApi.NOW.getEpochSecond();
        assertTrue(header.startsWith("t=" + t + ",v1="), header);
        assertEquals(List.of(hmac(SECRET, t + "." + succeeded.text())), v1s(header));
        JsonObject event = json(succeeded);
        assertTrue(event.getString("id").startsWith("evt_"));
        assertEquals(
                "ORD-W1",
                event.getJsonObject("data")
                        .getJsonObject("object")
                        .getJsonObject("metadata")
                        .getString("order_id"));
        assertEquals("http://erp.test/vpos/notify/7", succeeded.url());
    }

    @Test
    void aDeliveryThatIsNotAcknowledgedIsRetriedUntilItIs() throws Exception {
        stripe.api
                .webhooks()
                .addEndpoint(StripeTestApi.ACCOUNT, "http://erp.test/n", SECRET, List.of("payment_intent.succeeded"));
        stripe.answers.addAll(List.of(500, 400));
        stripe.payIntent("ORD-W2", stripe.paymentMethod("4242424242424242"), 15000, "automatic", null);
        stripe.awaitDeliveries(3);
        // DELIVERED is final: after the acknowledged attempt no other is scheduled
        awaitState("ORD-W2", "DELIVERED");

        assertEquals(3, stripe.received.size(), "two refusals, then the acknowledged attempt");
        assertEquals(
                1,
                stripe.received.stream()
                        .map(r -> json(r).getString("id"))
                        .distinct()
                        .count());
        StripeWebhooks.Delivery d =
                stripe.api.webhooks().deliveries(Optional.of("ORD-W2")).get(0);
        assertEquals("DELIVERED", d.state());
        assertEquals(3, d.attempts());
    }

    @Test
    void aWithheldOrderIsNotNotifiedUntilReleasedAndAResendIsTheSameEvent() throws Exception {
        stripe.api
                .webhooks()
                .addEndpoint(StripeTestApi.ACCOUNT, "http://erp.test/n", SECRET, List.of("payment_intent.succeeded"));
        stripe.api.webhooks().withhold("ORD-W3", true);
        stripe.payIntent("ORD-W3", stripe.paymentMethod("4242424242424242"), 15000, "automatic", null);
        // an order paid after it is notified: the withheld one would have arrived by now
        stripe.payIntent("ORD-W3-LATER", stripe.paymentMethod("4242424242424242"), 15000, "automatic", null);
        awaitState("ORD-W3-LATER", "DELIVERED");
        assertEquals(List.of("ORD-W3-LATER"), orders(stripe.received), "only the order that is not withheld");
        assertEquals(
                "WITHHELD",
                stripe.api.webhooks().deliveries(Optional.of("ORD-W3")).get(0).state());

        assertEquals(1, stripe.api.webhooks().release("ORD-W3"));
        stripe.awaitDeliveries(2);
        StripeTestApi.Received released = stripe.received.get(1);
        assertEquals(List.of("ORD-W3-LATER", "ORD-W3"), orders(stripe.received));
        assertTrue(stripe.api.webhooks().resend(json(released).getString("id")));
        stripe.awaitDeliveries(3);
        assertEquals(released.text(), stripe.received.get(2).text(), "a duplicate, byte for byte");
    }

    @Test
    void duringASecretRollBothSecretsSign() throws Exception {
        StripeWebhooks.Endpoint e = stripe.api
                .webhooks()
                .addEndpoint(StripeTestApi.ACCOUNT, "http://erp.test/n", SECRET, List.of("payment_intent.succeeded"));
        stripe.api.webhooks().roll(e.id(), "whsec_TheNewSigningSecret00000000", true);
        stripe.payIntent("ORD-W4", stripe.paymentMethod("4242424242424242"), 15000, "automatic", null);
        stripe.awaitDeliveries(1);

        StripeTestApi.Received r = stripe.received.get(0);
        String payload = StripeTestApi.NOW.getEpochSecond() + "." + r.text();
        assertEquals(
                List.of(hmac("whsec_TheNewSigningSecret00000000", payload), hmac(SECRET, payload)),
                v1s(r.headers().get("Stripe-Signature")));
    }

    @Test
    void aFailedPaymentARefundAndACancelAreNotifiedWithTheirTypes() throws Exception {
        stripe.api
                .webhooks()
                .addEndpoint(
                        StripeTestApi.ACCOUNT,
                        "http://erp.test/n",
                        SECRET,
                        List.of("payment_intent.payment_failed", "charge.refunded", "payment_intent.canceled"));
        stripe.payIntent("ORD-W5", stripe.paymentMethod("4000000000009995"), 15000, "automatic", null);
        String paid = StripeTestApi.json(
                        stripe.payIntent("ORD-W6", stripe.paymentMethod("4242424242424242"), 15000, "automatic", null))
                .getString("id");
        stripe.post(StripeTestApi.SK, "/v1/refunds", null, "payment_intent", paid, "amount", "500");
        String auth = StripeTestApi.json(
                        stripe.payIntent("ORD-W7", stripe.paymentMethod("4242424242424242"), 15000, "manual", null))
                .getString("id");
        stripe.post(StripeTestApi.SK, "/v1/payment_intents/" + auth + "/cancel", null);
        stripe.awaitDeliveries(3);

        JsonObject failed = json(firstOfType("payment_intent.payment_failed"))
                .getJsonObject("data")
                .getJsonObject("object");
        assertEquals(
                "insufficient_funds", failed.getJsonObject("last_payment_error").getString("decline_code"));
        JsonObject charge =
                json(firstOfType("charge.refunded")).getJsonObject("data").getJsonObject("object");
        assertEquals(500, charge.getInt("amount_refunded"));
        assertEquals("ORD-W6", charge.getJsonObject("metadata").getString("order_id"));
        assertEquals(
                "ORD-W7",
                json(firstOfType("payment_intent.canceled"))
                        .getJsonObject("data")
                        .getJsonObject("object")
                        .getJsonObject("metadata")
                        .getString("order_id"));
    }
}
